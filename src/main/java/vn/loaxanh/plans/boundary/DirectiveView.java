package vn.loaxanh.plans.boundary;

import java.time.LocalDate;
import java.util.List;
import vn.loaxanh.plans.entity.Directive;
import vn.loaxanh.plans.entity.DirectiveKind;

public record DirectiveView(
    long id,
    String symbol,
    DirectiveKind kind,
    LocalDate issuedOn,
    String issuer,
    String title,
    String summary,
    List<DirectiveRef> implementsDirectives,
    long version) {

  /** A cited directive, named as the field cites it. */
  public record DirectiveRef(long id, String symbol, String title) {
    public static DirectiveRef of(Directive directive) {
      return new DirectiveRef(directive.id(), directive.symbol(), directive.title());
    }
  }

  public static DirectiveView of(Directive directive) {
    return new DirectiveView(
        directive.id(),
        directive.symbol(),
        directive.kind(),
        directive.issuedOn(),
        directive.issuer(),
        directive.title(),
        directive.summary(),
        directive.implementsDirectives().stream().map(DirectiveRef::of).toList(),
        directive.version());
  }
}

package vn.loaxanh.platform.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The reader's language, words and login for the page being answered, worked out once per request
 * for the page resource (which builds its model in the reader's words) and for {@link PageWriter}.
 */
@RequestScoped
public class CurrentPage {
  @Inject HttpServletRequest request;
  @Inject Templates templates;

  private PageContext context;

  public PageContext context() {
    if (context == null) {
      context = templates.context(request, null);
    }
    return context;
  }

  public Texts t() {
    return context().t();
  }
}

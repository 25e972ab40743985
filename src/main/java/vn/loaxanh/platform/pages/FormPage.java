package vn.loaxanh.platform.pages;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A page resource whose form can be refused. When a post to it fails (Bean Validation, a broken
 * rule, a stale version), the exception mappers answer as they do for the API, then {@link
 * PageAnswers} asks the resource for its form again, with what was typed and why, in place of the
 * problem document. The failed request's transaction has been rolled back by then.
 */
public interface FormPage {
  Page again(MultivaluedMap<String, String> typed, Refusal refusal);
}

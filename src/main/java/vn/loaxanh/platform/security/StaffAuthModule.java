package vn.loaxanh.platform.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Puts {@link StaffLogin}'s verdict in front of every request as a Jakarta Authentication module.
 *
 * <p>Why not a Jakarta Security {@code HttpAuthenticationMechanism}: Payara's bridge to such a
 * mechanism looks the bean up through JNDI twice per request and builds an exception each time
 * (Soteria's {@code CdiUtils.jndiLookup}), which took a quarter of the server's CPU on pages
 * answered from memory. This module holds the bean it asks.
 */
final class StaffAuthModule implements ServerAuthModule {
  /** Set by the container on each request: whether the resource is only for some roles. */
  private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

  private final StaffLogin login;
  private CallbackHandler container;

  StaffAuthModule(StaffLogin login) {
    this.login = login;
  }

  @Override
  public void initialize(
      MessagePolicy requestPolicy,
      MessagePolicy responsePolicy,
      CallbackHandler handler,
      Map<String, Object> options) {
    this.container = handler;
  }

  @Override
  public Class<?>[] getSupportedMessageTypes() {
    return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
  }

  @Override
  public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service)
      throws AuthException {
    HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
    HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
    boolean loginRequired = Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)));
    try {
      StaffLogin.Verdict verdict = login.decide(request, response, loginRequired);
      if (verdict instanceof StaffLogin.Caller caller) {
        tell(
            new CallerPrincipalCallback(client, caller.name()),
            new GroupPrincipalCallback(client, caller.roles().toArray(String[]::new)));
        return AuthStatus.SUCCESS;
      }
      if (verdict instanceof StaffLogin.Anonymous) {
        tell(new CallerPrincipalCallback(client, (Principal) null));
        return AuthStatus.SUCCESS;
      }
      return AuthStatus.SEND_FAILURE;
    } catch (IOException failed) {
      throw (AuthException) new AuthException("Could not answer the request").initCause(failed);
    }
  }

  @Override
  public AuthStatus secureResponse(MessageInfo message, Subject service) {
    return AuthStatus.SEND_SUCCESS;
  }

  @Override
  public void cleanSubject(MessageInfo message, Subject subject) {
    if (subject != null) {
      subject.getPrincipals().clear();
    }
  }

  private void tell(Callback... callbacks) throws AuthException {
    try {
      container.handle(callbacks);
    } catch (IOException | UnsupportedCallbackException failed) {
      throw (AuthException) new AuthException("The container refused the caller").initCause(failed);
    }
  }
}

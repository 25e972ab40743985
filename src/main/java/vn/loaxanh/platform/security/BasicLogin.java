package vn.loaxanh.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * HTTP Basic for the API: reads stay anonymous, and a request that carries credentials is checked
 * against {@link StaffIdentityStore}. Use it only behind TLS in production.
 */
@BasicAuthenticationMechanismDefinition(realmName = "Loa Xanh")
@ApplicationScoped
public class BasicLogin {}

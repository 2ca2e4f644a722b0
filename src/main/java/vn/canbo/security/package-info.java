/**
 * Bảo mật: users, roles as sets of permissions, scopes (unit subtrees), login. API:
 * {@link vn.canbo.security.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
		allowedDependencies = { "audit", "org", "shared" })
package vn.canbo.security;

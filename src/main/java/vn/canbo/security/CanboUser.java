package vn.canbo.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.canbo.shared.Scope;

/** The signed-in user: role, permissions and scope. */
public record CanboUser(long id, String username, String passwordHash, String fullName, Role role,
		Set<Long> scopeUnitIds, boolean enabled) implements UserDetails {

	/**
	 * The scope units; none means the whole tree for an administrator and an auditor (who
	 * reads only the audit log), nothing for every other role.
	 */
	public Scope scope() {
		return wholeTreeWhenUnscoped(role) && scopeUnitIds.isEmpty() ? Scope.all() : Scope.of(scopeUnitIds);
	}

	/** The roles for which no scope unit means the whole tree. */
	static boolean wholeTreeWhenUnscoped(Role role) {
		return role == Role.ADMIN || role == Role.AUDITOR;
	}

	public boolean can(Permission p) {
		return role.permissions().contains(p);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return Stream.concat(Stream.of("ROLE_" + role.name()), role.permissions().stream().map(Enum::name))
			.map(SimpleGrantedAuthority::new)
			.toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	static List<String> authorityNames(Role role) {
		return role.permissions().stream().map(Enum::name).toList();
	}
}

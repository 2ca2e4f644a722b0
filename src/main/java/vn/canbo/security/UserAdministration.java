package vn.canbo.security;

import vn.canbo.shared.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.org.Units;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * Quản trị người dùng. A user can never grant more than they have: the role given must
 * hold no permission the administrator lacks, and every scope unit must lie inside the
 * administrator's own scope. Every change is audited (never with password hashes).
 */
@Service
class UserAdministration {

	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** What an administrator enters. {@code password} only on creation. */
	record UserForm(String username, String fullName, String email, Role role, Set<Long> scopeUnitIds, boolean enabled,
			String password) {
		UserForm {
			scopeUnitIds = scopeUnitIds == null ? Set.of() : Set.copyOf(scopeUnitIds);
		}
	}

	private final UserAccounts accounts;

	private final AuditLog audit;

	private final ObjectProvider<Units> units;

	private final AccountSessions sessions;

	UserAdministration(UserAccounts accounts, AuditLog audit, ObjectProvider<Units> units, AccountSessions sessions) {
		this.accounts = accounts;
		this.audit = audit;
		this.units = units;
		this.sessions = sessions;
	}

	@Transactional
	public long create(CanboUser actor, UserForm f) {
		List<FieldError> errors = new ArrayList<>();
		String username = f.username() == null ? null : f.username().strip();
		if (username == null || !USERNAME.matcher(username).matches()) {
			errors.add(new FieldError("username", Messages.text("security.error.usernameFormat"), f.username()));
		}
		else if (accounts.exists(username)) {
			errors.add(new FieldError("username", Messages.text("security.error.usernameTaken"), username));
		}
		errors.addAll(PasswordPolicy.check("password", username, f.password()));
		String fullName = VietnameseText.clean(f.fullName());
		String email = email(f.email(), 0, errors);
		checkDetails(fullName, f.role(), errors);
		if (f.role() != null) {
			checkGrant(actor, f.role(), f.scopeUnitIds(), errors);
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		long id = accounts.insert(username, f.password(), fullName, email, f.role(), f.scopeUnitIds(), f.enabled());
		audit.record(AuditAction.CREATE, "app_user", String.valueOf(id), null, null,
				snapshot(username, fullName, email, f.role(), f.scopeUnitIds(), f.enabled()));
		return id;
	}

	@Transactional
	public void update(CanboUser actor, long id, UserForm f) {
		CanboUser target = manageable(actor, id);
		List<FieldError> errors = new ArrayList<>();
		String fullName = VietnameseText.clean(f.fullName());
		String email = email(f.email(), id, errors);
		checkDetails(fullName, f.role(), errors);
		if (f.role() != null) {
			checkGrant(actor, f.role(), f.scopeUnitIds(), errors);
		}
		if (actor.id() == id && !f.enabled()) {
			errors.add(new FieldError("enabled", Messages.text("security.error.selfLock")));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		Map<String, Object> before = snapshot(target.username(), target.fullName(), accounts.emailOf(id).orElse(null),
				target.role(), target.scopeUnitIds(), target.enabled());
		accounts.update(id, fullName, email, f.role(), f.scopeUnitIds(), f.enabled());
		Map<String, Object> after = snapshot(target.username(), fullName, email, f.role(), f.scopeUnitIds(),
				f.enabled());
		boolean grant = target.role() != f.role() || !target.scopeUnitIds().equals(f.scopeUnitIds());
		if (grant || (target.enabled() && !f.enabled())) {
			// rights taken or changed: the account's sessions and tokens end now
			sessions.end(id);
		}
		audit.record(grant ? AuditAction.GRANT : AuditAction.UPDATE, "app_user", String.valueOf(id), null, before,
				after);
	}

	@Transactional
	public void resetPassword(CanboUser actor, long id, String newPassword) {
		CanboUser target = manageable(actor, id);
		List<FieldError> errors = PasswordPolicy.check("password", target.username(), newPassword);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		accounts.setPassword(id, newPassword);
		sessions.end(id);
		audit.record(AuditAction.UPDATE, "app_user", String.valueOf(id), null, null,
				Map.of("username", target.username(), "passwordReset", true));
	}

	/** A user changes their own password, knowing the current one. */
	@Transactional
	public void changeOwnPassword(CanboUser me, String current, String newPassword) {
		List<FieldError> errors = new ArrayList<>();
		if (current == null || !accounts.passwordMatches(me, current)) {
			errors.add(new FieldError("currentPassword", Messages.text("security.error.currentPassword")));
		}
		errors.addAll(PasswordPolicy.check("newPassword", me.username(), newPassword));
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		accounts.setPassword(me.id(), newPassword);
		sessions.end(me.id());
		audit.record(AuditAction.UPDATE, "app_user", String.valueOf(me.id()), null, null,
				Map.of("username", me.username(), "passwordChanged", true));
	}

	/**
	 * The account, if the actor may manage it (its current rights are within the
	 * actor's); 404 otherwise.
	 */
	CanboUser manageable(CanboUser actor, long id) {
		CanboUser target = accounts.findById(id)
			.orElseThrow(() -> new NotFoundException(Messages.text("security.error.userNotFound", String.valueOf(id))));
		List<FieldError> errors = new ArrayList<>();
		checkGrant(actor, target.role(), target.scopeUnitIds(), errors);
		if (!errors.isEmpty()) {
			throw new ValidationException("username", Messages.text("security.error.cannotEdit"));
		}
		return target;
	}

	/**
	 * The units whose accounts the actor may see in the user list: their scope's subtrees
	 * today; empty for an unrestricted administrator (every account).
	 */
	Optional<Set<Long>> visibleUnitIds(CanboUser actor) {
		Scope mine = actor.scope();
		if (mine.unrestricted()) {
			return Optional.empty();
		}
		Units u = units.getIfAvailable();
		return Optional.of(u == null ? mine.rootUnitIds() : u.subtreeIds(mine.rootUnitIds(), LocalDate.now()));
	}

	/** The rule "never grant more than you have". */
	void checkGrant(CanboUser actor, Role role, Set<Long> scopeUnitIds, List<FieldError> errors) {
		if (!actor.role().permissions().containsAll(role.permissions())) {
			Set<String> extra = new TreeSet<>();
			role.permissions()
				.stream()
				.filter(p -> !actor.role().permissions().contains(p))
				.forEach(p -> extra.add(p.name()));
			errors.add(new FieldError("role", Messages.text("security.error.roleExceeds", String.join(", ", extra)),
					role.name()));
		}
		Scope mine = actor.scope();
		Set<Long> outside = new java.util.HashSet<>();
		Units u = units.getIfAvailable();
		LocalDate today = LocalDate.now();
		if (!mine.unrestricted()) {
			if (CanboUser.wholeTreeWhenUnscoped(role) && scopeUnitIds.isEmpty()) {
				errors.add(new FieldError("scopeUnitIds", Messages
					.text(role == Role.ADMIN ? "security.error.adminScopeEmpty" : "security.error.auditorScopeEmpty")));
			}
			Set<Long> allowed = u == null ? mine.rootUnitIds() : u.subtreeIds(mine.rootUnitIds(), today);
			for (Long unitId : new TreeSet<>(scopeUnitIds)) {
				if (!allowed.contains(unitId)) {
					errors.add(new FieldError("scopeUnitIds",
							Messages.text("security.error.unitOutOfScope", String.valueOf(unitId)), unitId));
					outside.add(unitId);
				}
			}
		}
		if (u != null) {
			for (Long unitId : new TreeSet<>(scopeUnitIds)) {
				// a unit outside the actor's scope is not also said to be absent: an
				// absent one gets exactly the answer of an existing one outside the scope
				if (!outside.contains(unitId) && u.find(unitId, today).isEmpty()) {
					errors.add(new FieldError("scopeUnitIds",
							Messages.text("security.error.unitMissing", String.valueOf(unitId)), unitId));
				}
			}
		}
	}

	private static void checkDetails(String fullName, Role role, List<FieldError> errors) {
		if (fullName == null || fullName.isBlank()) {
			errors.add(new FieldError("fullName", Messages.text("security.error.fullNameRequired")));
		}
		if (role == null) {
			errors.add(new FieldError("role", Messages.text("security.error.roleRequired")));
		}
	}

	private String email(String raw, long exceptId, List<FieldError> errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String email = raw.strip();
		if (!EMAIL.matcher(email).matches()) {
			errors.add(new FieldError("email", Messages.text("security.error.emailInvalid"), email));
		}
		else if (accounts.emailTaken(email, exceptId)) {
			errors.add(new FieldError("email", Messages.text("security.error.emailTaken"), email));
		}
		return email;
	}

	private static Map<String, Object> snapshot(String username, String fullName, String email, Role role,
			Set<Long> scope, boolean enabled) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("username", username);
		m.put("fullName", fullName);
		m.put("email", email);
		m.put("role", role == null ? null : role.name());
		m.put("scopeUnitIds", new TreeSet<>(scope));
		m.put("enabled", enabled);
		return m;
	}

}

package vn.canbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.ValidationException;

/**
 * User administration: a user can never grant more than they have; password policy; every
 * change audited.
 */
@SpringBootTest
@Transactional
class UserAdministrationTest {

	@Autowired
	UserAdministration admin;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UnitService units;

	@Autowired
	JdbcClient jdbc;

	long province;

	long communeA;

	long communeB;

	long otherProvince;

	static String uid() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	long unit(String type, AdminLevel level, Long parent) {
		return units
			.create(new UnitService.NewUnit("T" + uid(), "Đơn vị " + uid(), null, type, level, parent,
					LocalDate.of(2020, 1, 1)))
			.id();
	}

	@BeforeEach
	void tree() {
		province = unit("TINH_UY", AdminLevel.PROVINCE, null);
		communeA = unit("DANG_UY_XA", AdminLevel.COMMUNE, province);
		communeB = unit("DANG_UY_XA", AdminLevel.COMMUNE, province);
		otherProvince = unit("TINH_UY", AdminLevel.PROVINCE, null);
	}

	static CanboUser actor(Role role, Long... scope) {
		return new CanboUser(-1, "actor-" + role.name().toLowerCase(), "{noop}x", "Actor", role, Set.of(scope), true);
	}

	static UserAdministration.UserForm form(String username, Role role, Set<Long> scope, String password) {
		return new UserAdministration.UserForm(username, "  Nguyễn Văn  A ", null, role, scope, true, password);
	}

	static ValidationException invalid(Runnable r) {
		try {
			r.run();
		}
		catch (ValidationException e) {
			return e;
		}
		throw new AssertionError("expected a ValidationException");
	}

	@Test
	void restrictedAdminGrantsInsideOwnScopeAndIsAudited() {
		String username = "u" + uid();
		long id = admin.create(actor(Role.ADMIN, province),
				form(username, Role.ORG_OFFICER, Set.of(communeA), "mat-khau-du-dai"));
		CanboUser created = accounts.findById(id).orElseThrow();
		assertThat(created.role()).isEqualTo(Role.ORG_OFFICER);
		assertThat(created.scopeUnitIds()).containsExactly(communeA);
		assertThat(created.fullName()).isEqualTo("Nguyễn Văn A");
		String after = jdbc.sql(
				"select after::text from audit_event where action = 'CREATE' and entity_type = 'app_user' and entity_id = ?")
			.param(String.valueOf(id))
			.query(String.class)
			.single();
		assertThat(after).contains(username)
			.contains("ORG_OFFICER")
			.doesNotContain("password")
			.doesNotContain("$2a$")
			.doesNotContain("{bcrypt}");
	}

	@Test
	void cannotGrantScopeOutsideOwnScope() {
		ValidationException e = invalid(() -> admin.create(actor(Role.ADMIN, communeA),
				form("u" + uid(), Role.CLERK, Set.of(communeB), "mat-khau-du-dai")));
		assertThat(e.errors()).extracting(FieldError::field).containsExactly("scopeUnitIds");
		assertThat(e.errors().get(0).message()).isEqualTo("Đơn vị " + communeB + " nằm ngoài phạm vi quản lý của bạn");

		// the parent of one's own scope is outside it, too
		assertThat(invalid(() -> admin.create(actor(Role.ADMIN, communeA),
				form("u" + uid(), Role.CLERK, Set.of(province), "mat-khau-du-dai")))
			.errors()).extracting(FieldError::field).containsExactly("scopeUnitIds");

		// an administrator without a scope is unrestricted: more than a restricted
		// administrator has
		assertThat(invalid(() -> admin.create(actor(Role.ADMIN, province),
				form("u" + uid(), Role.ADMIN, Set.of(), "mat-khau-du-dai")))
			.errors()).extracting(FieldError::field).containsExactly("scopeUnitIds");

		// an unrestricted administrator may
		long id = admin.create(actor(Role.ADMIN), form("u" + uid(), Role.ADMIN, Set.of(), "mat-khau-du-dai"));
		assertThat(accounts.findById(id).orElseThrow().scope().unrestricted()).isTrue();
	}

	@Test
	void cannotGrantRoleWithMorePermissions() {
		ValidationException e = invalid(() -> admin.create(actor(Role.ORG_OFFICER, province),
				form("u" + uid(), Role.ADMIN, Set.of(communeA), "mat-khau-du-dai")));
		assertThat(e.errors()).extracting(FieldError::field).containsExactly("role");
		assertThat(e.errors().get(0).message()).startsWith("Không thể cấp vai trò có quyền vượt quá quyền của bạn")
			.contains("USER_ADMIN");
		// an auditor holds AUDIT_READ only: not even a clerk's rights
		assertThat(invalid(() -> admin.create(actor(Role.AUDITOR, province),
				form("u" + uid(), Role.CLERK, Set.of(communeA), "mat-khau-du-dai")))
			.errors()).extracting(FieldError::field).containsExactly("role");
		// a subset is fine
		long id = admin.create(actor(Role.ORG_OFFICER, province),
				form("u" + uid(), Role.LEADER, Set.of(communeA), "mat-khau-du-dai"));
		assertThat(accounts.findById(id).orElseThrow().role()).isEqualTo(Role.LEADER);
	}

	@Test
	void passwordPolicyInVietnamese() {
		String username = "u" + uid() + "longname";
		ValidationException e = invalid(
				() -> admin.create(actor(Role.ADMIN), form(username, Role.CLERK, Set.of(communeA), "ngan")));
		assertThat(e.errors()).containsExactly(new FieldError("password", "Mật khẩu phải có ít nhất 10 ký tự"));
		e = invalid(() -> admin.create(actor(Role.ADMIN),
				form(username, Role.CLERK, Set.of(communeA), username.toUpperCase())));
		assertThat(e.errors())
			.containsExactly(new FieldError("password", "Mật khẩu không được trùng với tên đăng nhập"));
		e = invalid(() -> admin.create(actor(Role.ADMIN),
				new UserAdministration.UserForm("x", " ", "not-an-email", null, Set.of(), true, null)));
		assertThat(e.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder("username", "password", "fullName", "email", "role");
		assertThat(e.errors()).extracting(FieldError::message)
			.contains("Mật khẩu là bắt buộc", "Họ và tên là bắt buộc", "Vai trò là bắt buộc",
					"Thư điện tử không hợp lệ");
		long id = admin.create(actor(Role.ADMIN), form(username, Role.CLERK, Set.of(communeA), "mat-khau-du-dai"));
		assertThat(invalid(() -> admin.resetPassword(actor(Role.ADMIN), id, "123")).errors())
			.containsExactly(new FieldError("password", "Mật khẩu phải có ít nhất 10 ký tự"));
		assertThat(invalid(
				() -> admin.create(actor(Role.ADMIN), form(username, Role.CLERK, Set.of(communeA), "mat-khau-du-dai")))
			.errors()).containsExactly(new FieldError("username", "Tên đăng nhập đã tồn tại", username));
	}

	@Test
	void updatesAreAuditedAsGrantsAndStayWithinScope() {
		long id = admin.create(actor(Role.ADMIN), form("u" + uid(), Role.CLERK, Set.of(communeA), "mat-khau-du-dai"));
		admin.update(actor(Role.ADMIN, province), id, new UserAdministration.UserForm(null, "Trần Thị B",
				"b" + uid() + "@canbo.vn", Role.ORG_OFFICER, Set.of(communeA, communeB), true, null));
		CanboUser u = accounts.findById(id).orElseThrow();
		assertThat(u.role()).isEqualTo(Role.ORG_OFFICER);
		assertThat(u.scopeUnitIds()).containsExactlyInAnyOrder(communeA, communeB);
		var row = jdbc.sql(
				"select before::text as b, after::text as a from audit_event where action = 'GRANT' and entity_type = 'app_user' and entity_id = ?")
			.param(String.valueOf(id))
			.query((rs, n) -> new String[] { rs.getString("b"), rs.getString("a") })
			.single();
		assertThat(row[0]).contains("CLERK");
		assertThat(row[1]).contains("ORG_OFFICER").contains("Trần Thị B");

		// a plain change is an UPDATE
		admin.update(actor(Role.ADMIN), id, new UserAdministration.UserForm(null, "Trần Thị C", null, Role.ORG_OFFICER,
				Set.of(communeA, communeB), true, null));
		assertThat(jdbc.sql(
				"select count(*) from audit_event where action = 'UPDATE' and entity_type = 'app_user' and entity_id = ?")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);

		// an administrator of commune A cannot touch an account that reaches commune B
		assertThat(invalid(() -> admin.update(actor(Role.ADMIN, communeA), id,
				new UserAdministration.UserForm(null, "X", null, Role.CLERK, Set.of(communeA), true, null)))
			.errors()).extracting(FieldError::field).containsExactly("username");
		assertThat(
				invalid(() -> admin.resetPassword(actor(Role.ADMIN, otherProvince), id, "mat-khau-moi-dai")).errors())
			.extracting(FieldError::field)
			.containsExactly("username");
	}

	@Test
	void unknownUnitIsRefused() {
		assertThat(invalid(() -> admin.create(actor(Role.ADMIN),
				form("u" + uid(), Role.CLERK, Set.of(999_999_999L), "mat-khau-du-dai")))
			.errors()).containsExactly(new FieldError("scopeUnitIds", "Đơn vị 999999999 không tồn tại", 999_999_999L));
	}

	@Test
	void changeOwnPasswordNeedsTheCurrentOne() {
		String username = "u" + uid();
		long id = admin.create(actor(Role.ADMIN), form(username, Role.CLERK, Set.of(communeA), "mat-khau-du-dai"));
		CanboUser me = accounts.findById(id).orElseThrow();
		assertThat(invalid(() -> admin.changeOwnPassword(me, "sai-mat-khau", "mat-khau-moi-dai")).errors())
			.containsExactly(new FieldError("currentPassword", "Mật khẩu hiện tại không đúng"));
		admin.changeOwnPassword(me, "mat-khau-du-dai", "mat-khau-moi-dai");
		assertThat(accounts.passwordMatches(me, "mat-khau-moi-dai")).isTrue();
		assertThatThrownBy(() -> admin.changeOwnPassword(me, "mat-khau-moi-dai", "short"))
			.isInstanceOf(ValidationException.class);
	}

}

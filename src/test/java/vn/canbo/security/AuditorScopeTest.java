package vn.canbo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.shared.FieldError;

/**
 * Issue 12, point 4: an auditor without scope units reads the whole audit log (like an
 * administrator without scope units), so only an unrestricted administrator may create
 * one; a restricted administrator gives an auditor a scope inside their own.
 */
@SpringBootTest
class AuditorScopeTest {

	@Autowired
	UserAdministration admin;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UnitService units;

	@Test
	void anAuditorWithoutScopeIsWholeTreeAndOnlyAnUnrestrictedAdministratorCreatesOne() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		long province = units
			.create(new UnitService.NewUnit("AS-" + k, "Tỉnh Kiểmtra " + k, null, "TINH_UY", AdminLevel.PROVINCE, null,
					LocalDate.of(2020, 1, 1)))
			.id();
		assertThat(TestUsers.user(Role.AUDITOR).scope().unrestricted()).isTrue();
		assertThat(TestUsers.user(Role.AUDITOR, province).scope().unrestricted()).isFalse();
		assertThat(TestUsers.user(Role.LEADER).scope().unrestricted()).isFalse();

		var e = UserAdministrationTest.invalid(() -> admin.create(UserAdministrationTest.actor(Role.ADMIN, province),
				UserAdministrationTest.form("u" + k, Role.AUDITOR, Set.of(), "mat-khau-du-dai")));
		assertThat(e.errors()).extracting(FieldError::field).containsExactly("scopeUnitIds");
		assertThat(e.errors().get(0).message()).contains("kiểm tra viên");

		long scoped = admin.create(UserAdministrationTest.actor(Role.ADMIN, province),
				UserAdministrationTest.form("s" + k, Role.AUDITOR, Set.of(province), "mat-khau-du-dai"));
		assertThat(accounts.findById(scoped).orElseThrow().scope().rootUnitIds()).containsExactly(province);
		long whole = admin.create(UserAdministrationTest.actor(Role.ADMIN),
				UserAdministrationTest.form("w" + k, Role.AUDITOR, Set.of(), "mat-khau-du-dai"));
		assertThat(accounts.findById(whole).orElseThrow().scope().unrestricted()).isTrue();
	}

}

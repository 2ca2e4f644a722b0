package vn.canbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.shared.ValidationException;

/**
 * Issue 12 (the rule of point 13 in user administration): an administrator restricted to
 * commune A granting a scope unit of commune B gets exactly the answer given for a unit
 * that does not exist (the absent one used to get "không tồn tại" on top).
 */
@SpringBootTest
class UserScopeLeakTest {

	static final long ABSENT = 987654321L;

	@Autowired
	UnitService units;

	@Autowired
	UserAdministration admin;

	@Test
	void aForeignScopeUnitIsRefusedLikeAnAbsentOne() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		UnitView province = units.create(new UnitService.NewUnit("US-T-" + k, "Tỉnh Ngườidùng " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, founded));
		UnitView a = units.create(new UnitService.NewUnit("US-A-" + k, "Xã Anphạm " + k, null, "DIA_BAN",
				AdminLevel.COMMUNE, province.id(), founded));
		UnitView b = units.create(new UnitService.NewUnit("US-B-" + k, "Xã Bímật " + k, null, "DIA_BAN",
				AdminLevel.COMMUNE, province.id(), founded));
		CanboUser actor = new CanboUser(-1, "actor-admin", "{noop}x", "Actor", Role.ADMIN, Set.of(a.id()), true);
		String foreign = refusal(actor, b.id());
		String absent = refusal(actor, ABSENT);
		assertThat(foreign).isEqualTo(absent).contains("scopeUnitIds").doesNotContain(b.name());
	}

	private String refusal(CanboUser actor, long unitId) {
		ValidationException e = catchThrowableOfType(ValidationException.class,
				() -> admin.create(actor,
						new UserAdministration.UserForm("u" + UUID.randomUUID().toString().substring(0, 8),
								"Nguyễn Văn A", null, Role.CLERK, Set.of(unitId), true, "mat-khau-du-dai")));
		assertThat(e).isNotNull();
		return e.errors().toString().replaceAll("(?<![0-9])" + unitId + "(?![0-9])", "<id>");
	}

}

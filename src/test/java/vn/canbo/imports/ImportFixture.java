package vn.canbo.imports;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.security.CanboUser;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/** Units and uploads for import tests. */
@Component
class ImportFixture {

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	/** The codes of the people module's templates (vn.canbo.people.PersonTemplates). */
	static final String PERSONS = "PERSONS";

	static final String SALARIES = "SALARIES";

	static final String AWARDS = "AWARDS";

	private final UnitService units;

	private final ImportService imports;

	ImportFixture(UnitService units, ImportService imports) {
		this.units = units;
		this.imports = imports;
	}

	/** The columns of the PERSONS template. */
	java.util.List<ImportColumn> personColumns() {
		return imports.template(PERSONS).columns();
	}

	record Tree(UnitView province, UnitView a, UnitView b) {
	}

	Tree tree() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		UnitView p = units.create(new UnitService.NewUnit("IT-" + k, "Tỉnh Nhập " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, FOUNDED));
		UnitView a = units.create(new UnitService.NewUnit("IA-" + k, "UBND xã An " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		UnitView b = units.create(new UnitService.NewUnit("IB-" + k, "UBND xã Bình " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		return new Tree(p, a, b);
	}

	static void signIn(Role role, Long... scope) {
		CanboUser u = TestUsers.user(role, scope);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
	}

	static void signOut() {
		SecurityContextHolder.clearContext();
	}

	ImportJob preview(String template, byte[] bytes, String name, Scope scope) {
		ImportJob j = imports.upload(template, name, new ByteArrayInputStream(bytes), scope);
		return await(j.id());
	}

	ImportJob commit(long id, DuplicateMode mode, boolean skipInvalid, Scope scope) {
		imports.commit(id, mode, skipInvalid, scope);
		return await(id);
	}

	ImportJob await(long id) {
		return JobWait.await(imports::job, id);
	}

	/** A valid PERSONS row in the unit. */
	static Map<String, Object> person(String unitCode, String name, String nationalId) {
		return Sheets.row("unitCode", unitCode, "fullName", name, "gender", "Nam", "birthDate", "12/03/1975",
				"category", "Công chức", "titleCode", "CHUYEN_VIEN - Chuyên viên", "positionFrom", "01/01/2010",
				"homeTownCommune", "xã Phú Lộc", "homeTownProvince", "tỉnh Hải Dương", "ethnicityCode", "01 - Kinh",
				"rankCode", "01.003", "step", 1, "salaryFrom", LocalDate.of(2010, 1, 1), "professionalLevel", "Đại học",
				"major", "Luật", "nationalId", nationalId, "phone", "0912345678");
	}

	/**
	 * A unique CCCD agreeing with {@link #person}'s man born 1975 (province 001, digit 4
	 * = 0, 75): no structure warning.
	 */
	static String nationalId() {
		long n = Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000L;
		return String.format("001075%06d", n);
	}

}

package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.canbo.people.PersonView;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;

/**
 * Issue 12, point 8, the import's update mode: a clerk (no SENSITIVE_READ) importing a
 * duplicate of a stored dossier with "update" changes what it may see (the phone) and
 * none of the sensitive fields its file sets (ethnicity, health, height, blood group); an
 * officer's import of the same file changes them. (Its name is its own: imports commit,
 * and a stored namesake born the same day would be a duplicate in another test.)
 */
class ClerkImportUpdateTest extends ImportTestSupport {

	@Test
	void aClerksImportUpdateKeepsTheHiddenFields() {
		String id = ImportFixture.nationalId();
		Map<String, Object> first = ImportFixture.person(tree.a().code(), "Giàng Thị Mẩy", id);
		first.put("healthStatus", "Tốt");
		ImportJob created = fx.commit(
				fx.preview(ImportFixture.PERSONS, persons(List.of(first)), "1.xlsx", Scope.all()).id(),
				DuplicateMode.SKIP, false, Scope.all());
		assertThat(created.createdCount()).as(created.message()).isEqualTo(1);
		PersonView before = byNationalId(id);
		assertThat(before.data().ethnicityCode()).isEqualTo("01");

		Map<String, Object> changed = ImportFixture.person(tree.a().code(), "Giàng Thị Mẩy", id);
		changed.put("phone", "0987654321");
		changed.put("ethnicityCode", "06 - Hoa");
		changed.put("healthStatus", "Yếu");
		changed.put("heightCm", 150);
		changed.put("bloodGroupCode", "A");
		Scope clerkScope = Scope.of(java.util.Set.of(tree.a().id()));
		ImportFixture.signIn(Role.CLERK, tree.a().id());
		ImportJob job = fx.preview(ImportFixture.PERSONS, persons(List.of(changed)), "2.xlsx", clerkScope);
		assertThat(job.duplicateRows()).isEqualTo(1);
		ImportJob updated = fx.commit(job.id(), DuplicateMode.UPDATE, false, clerkScope);
		assertThat(updated.status()).as(updated.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(updated.updatedCount()).isEqualTo(1);
		ImportFixture.signIn(Role.ADMIN);
		PersonView after = byNationalId(id);
		assertThat(after.data().phone()).isEqualTo("0987654321");
		assertThat(after.data().ethnicityCode()).isEqualTo("01");
		assertThat(after.data().healthStatus()).isEqualTo("Tốt");
		assertThat(after.data().heightCm()).isEqualTo(before.data().heightCm());
		assertThat(after.data().bloodGroupCode()).isEqualTo(before.data().bloodGroupCode());
		assertThat(after.data().nationalId()).isEqualTo(id);

		// the officer, who sees them, changes them with the same file
		ImportJob again = fx.preview(ImportFixture.PERSONS, persons(List.of(changed)), "3.xlsx", Scope.all());
		fx.commit(again.id(), DuplicateMode.UPDATE, false, Scope.all());
		assertThat(byNationalId(id).data().ethnicityCode()).isEqualTo("06");
		assertThat(byNationalId(id).data().healthStatus()).isEqualTo("Yếu");
	}

	private byte[] persons(List<Map<String, Object>> rows) {
		return Sheets.simple(fx.personColumns(), "Cán bộ", rows);
	}

}

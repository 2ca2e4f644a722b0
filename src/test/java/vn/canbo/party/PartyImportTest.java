package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.canbo.imports.Sheets.row;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.canbo.imports.ImportIssue;
import vn.canbo.imports.ImportJob;
import vn.canbo.imports.ImportService;
import vn.canbo.imports.JobWait;
import vn.canbo.imports.Sheets;
import vn.canbo.security.CanboUser;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The PARTY_MEMBERS template round trip on a real .xlsx: a file of good and bad rows is
 * previewed with every error on its row and column at once (an unknown cell code and a
 * CCCD of the wrong form on the same row, commune B's cell outside the scope, a catalog
 * value and an official date before the end of probation on the same row, a CCCD twice,
 * an organisation that is not a cell) and cannot be committed, nothing stored; a clean
 * file is committed whole with its statuses, activity and card.
 */
@SpringBootTest
class PartyImportTest {

	@Autowired
	ImportService imports;

	@Autowired
	PartyFixture fx;

	@Autowired
	JdbcClient jdbc;

	PartyFixture.Tree t;

	Scope scope;

	void signIn() {
		t = fx.tree();
		scope = Scope.of(t.a().id());
		CanboUser u = TestUsers.user(Role.ORG_OFFICER, t.a().id());
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static String nationalId() {
		return String.format("036195%06d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000L);
	}

	ImportJob preview(List<Map<String, Object>> rows) {
		byte[] bytes = Sheets.simple(MemberTemplates.columns(), "Dang vien", rows);
		return JobWait.await(imports::job,
				imports.upload(MemberTemplates.CODE, "dang-vien.xlsx", new ByteArrayInputStream(bytes), scope).id());
	}

	long members(long orgId) {
		return jdbc.sql("select count(*) from party_member where current_org_id = ?")
			.param(orgId)
			.query(Long.class)
			.single();
	}

	@Test
	void everyErrorByRowAndColumnAtOnceAndNothingStored() throws Exception {
		signIn();
		String id1 = nationalId();
		ImportJob j = preview(List.of(
				row("orgCode", t.cellA().code(), "nationalId", id1, "fullName", "Hà Văn Đúng", "gender", "Nam",
						"birthDate", "02/03/1980", "admissionDecidedOn", "05/01/2010", "joinedOn", "20/01/2010",
						"officialOn", "20/01/2011", "ethnicityCode", "Kinh"),
				row("orgCode", "KHONG-CO", "nationalId", "123", "fullName", "Hà Văn Sai Mã", "gender", "Nam",
						"birthDate", "02/03/1980", "admissionDecidedOn", "05/01/2010"),
				row("orgCode", t.cellB().code(), "fullName", "Hà Văn Ngoài", "gender", "Nam", "birthDate", "02/03/1980",
						"admissionDecidedOn", "05/01/2010"),
				row("orgCode", t.cellA().code(), "fullName", "Hà Thị Sớm", "gender", "Nữ", "birthDate", "02/03/1985",
						"admissionDecidedOn", "05/01/2010", "joinedOn", "20/01/2010", "officialOn", "19/01/2011",
						"ethnicityCode", "Không có dân tộc này"),
				row("orgCode", t.cellA().code(), "nationalId", id1, "fullName", "Hà Văn Trùng", "gender", "Nam",
						"birthDate", "02/03/1980", "admissionDecidedOn", "05/01/2010"),
				row("orgCode", t.communeA().code(), "fullName", "Hà Văn Đảng Ủy", "gender", "Nam", "birthDate",
						"02/03/1980", "admissionDecidedOn", "05/01/2010")));
		assertThat(j.status()).isEqualTo(ImportJob.Status.READY);
		List<ImportIssue> issues = imports.issues(j.id(), 0, 100)
			.stream()
			.filter(i -> i.severity() == ImportIssue.Severity.ERROR)
			.toList();
		assertThat(issues).extracting(ImportIssue::row).containsOnly(3, 4, 5, 6, 7);
		assertThat(issues).filteredOn(i -> i.row() == 3)
			.extracting(ImportIssue::column)
			.containsExactlyInAnyOrder("orgCode", "nationalId");
		assertThat(issues).filteredOn(i -> i.row() == 3 && i.column().equals("orgCode"))
			.singleElement()
			.satisfies(i -> assertThat(i.message())
				.isEqualTo("Không tìm thấy tổ chức đảng có mã KHONG-CO trong phạm vi quản lý"));
		assertThat(issues).filteredOn(i -> i.row() == 4).singleElement().satisfies(i -> {
			assertThat(i.column()).isEqualTo("orgCode");
			assertThat(i.message()).contains(t.cellB().code());
		});
		assertThat(issues).filteredOn(i -> i.row() == 5)
			.extracting(ImportIssue::column)
			.containsExactlyInAnyOrder("officialOn", "ethnicityCode");
		assertThat(issues).filteredOn(i -> i.row() == 5 && i.column().equals("officialOn"))
			.singleElement()
			.satisfies(i -> assertThat(i.message()).contains("20/01/2011"));
		assertThat(issues).filteredOn(i -> i.row() == 6).singleElement().satisfies(i -> {
			assertThat(i.column()).isEqualTo("nationalId");
			assertThat(i.message()).isEqualTo("Số CCCD " + id1 + " đã có ở dòng 2 của tệp");
		});
		assertThat(issues).filteredOn(i -> i.row() == 7).singleElement().satisfies(i -> {
			assertThat(i.column()).isEqualTo("orgCode");
			assertThat(i.message()).contains("không phải chi bộ");
		});
		assertThatThrownBy(() -> imports.commit(j.id(), null, false, scope)).isInstanceOf(ValidationException.class);
		assertThat(members(t.cellA().id())).isZero();
	}

	@Test
	void aCleanFileIsCommittedWhole() throws Exception {
		signIn();
		String id1 = nationalId();
		ImportJob j = preview(List.of(
				row("orgCode", t.cellA().code(), "nationalId", id1, "fullName", "Lò Văn Nhập", "gender", "Nam",
						"birthDate", "02/03/1980", "ethnicityCode", "Thái", "religionCode", "Không",
						"generalEducationCode", "Trung học phổ thông", "politicalTheoryCode", "Sơ cấp",
						"admissionDecidedOn", "05/01/2010", "joinedOn", "20/01/2010", "officialOn", "20/01/2011",
						"cardNumber", "0" + id1.substring(1, 11), "cardIssuedOn", "01/06/2011"),
				row("orgCode", t.cellA().code(), "fullName", "Lò Thị Dự Bị", "gender", "Nữ", "birthDate", "09/09/1999",
						"admissionDecidedOn", "05/01/2026", "joinedOn", "20/01/2026")));
		assertThat(j.errorRows()).as(imports.issues(j.id(), 0, 100).toString()).isZero();
		imports.commit(j.id(), null, false, scope);
		ImportJob done = JobWait.await(imports::job, j.id());
		assertThat(done.status()).as(done.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(members(t.cellA().id())).isEqualTo(2);
		PartyMember m = fx.members.get(
				jdbc.sql("select id from party_member where national_id = ?").param(id1).query(Long.class).single(),
				Scope.all(), LocalDate.of(2026, 1, 1));
		assertThat(m.status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(m.officialOn()).isEqualTo(LocalDate.of(2011, 1, 20));
		assertThat(m.ethnicityCode()).isNotEqualTo("01");
		assertThat(m.cardNumber()).hasSize(11);
	}

}

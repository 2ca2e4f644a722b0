package vn.canbo.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.canbo.imports.Sheets.row;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.canbo.imports.ImportIssue;
import vn.canbo.imports.ImportJob;
import vn.canbo.imports.ImportService;
import vn.canbo.imports.JobWait;
import vn.canbo.imports.Sheets;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.people.QualificationKind;
import vn.canbo.security.CanboUser;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.training.Course;
import vn.canbo.training.CourseInput;
import vn.canbo.training.CourseKind;
import vn.canbo.training.CourseResult;
import vn.canbo.training.Courses;
import vn.canbo.training.Enrolment;

/**
 * The TRAINING_ENROLMENTS template round trip: a file with errors (unknown course, a
 * person outside the scope, a completion without certificate, a person twice) is
 * previewed with each error on its row and column and cannot be committed, nothing
 * stored; a clean file is committed whole — enrolments, their sending decision, results,
 * and the completion's level in the dossier from the certificate date.
 */
@SpringBootTest
class EnrolmentsImportTest {

	@Autowired
	ImportService imports;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	Courses courses;

	UnitView a;

	UnitView b;

	Scope scope;

	@BeforeEach
	void signIn() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		UnitView p = units.create(new UnitService.NewUnit("TI-" + k, "Tỉnh Nhập " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, LocalDate.of(2000, 1, 1)));
		a = units.create(new UnitService.NewUnit("TIA-" + k, "UBND xã Nhập " + k, null, "UBND", AdminLevel.COMMUNE,
				p.id(), LocalDate.of(2000, 1, 1)));
		b = units.create(new UnitService.NewUnit("TIB-" + k, "UBND xã Khác " + k, null, "UBND", AdminLevel.COMMUNE,
				p.id(), LocalDate.of(2000, 1, 1)));
		scope = Scope.of(a.id());
		CanboUser u = TestUsers.user(Role.ORG_OFFICER, a.id());
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static String nationalId() {
		return String.format("001086%06d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000L);
	}

	long person(String name, String nationalId, long unitId) {
		PersonData d = PeopleTestData.with(PersonData.basic(PersonCategory.CIVIL_SERVANT, name, Gender.MALE,
				PartialDate.of(LocalDate.of(1986, 4, 2))), "nationalId", nationalId);
		return people
			.create(new NewPerson(d, Position.main(unitId, "CHUYEN_VIEN", null, LocalDate.of(2010, 1, 1)), null,
					List.of()), Scope.all())
			.id();
	}

	Course course(String name) {
		return courses.create(new CourseInput("KI-" + UUID.randomUUID().toString().substring(0, 8), name,
				CourseKind.POLITICAL_THEORY_INTERMEDIATE, "TRUNG_CAP", null, a.id(), "Trường Chính trị tỉnh", null,
				null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 11, 30), null, null), Scope.all());
	}

	static byte[] file(List<Map<String, Object>> rows) {
		return Sheets.simple(EnrolmentTemplates.columns(), "Cu di hoc", rows);
	}

	ImportJob await(long id) {
		return JobWait.await(imports::job, id);
	}

	ImportJob preview(byte[] bytes) throws InterruptedException {
		return await(
				imports.upload(EnrolmentTemplates.CODE, "cu-di-hoc.xlsx", new ByteArrayInputStream(bytes), scope).id());
	}

	@Test
	void errorsByRowAndColumnAndNothingStored() throws Exception {
		String id1 = nationalId(), id2 = nationalId(), idB = nationalId();
		person("Tạ Văn Nhất", id1, a.id());
		long p2 = person("Tạ Văn Nhì", id2, a.id());
		person("Tạ Văn Ngoài", idB, b.id());
		Course c = course("Trung cấp LLCT nhập lỗi");
		ImportJob j = preview(file(List.of(
				row("courseCode", "KHONG-CO", "nationalId", id1, "decisionNumber", "1/QĐ", "decidedOn", "20/01/2024",
						"issuer", "UBND"),
				row("courseCode", c.code(), "nationalId", idB, "decisionNumber", "1/QĐ", "decidedOn", "20/01/2024",
						"issuer", "UBND"),
				row("courseCode", c.code(), "nationalId", id2, "decisionNumber", "1/QĐ", "decidedOn", "20/01/2024",
						"issuer", "UBND", "result", "Hoàn thành"),
				row("courseCode", c.code(), "nationalId", id2, "decisionNumber", "1/QĐ", "decidedOn", "20/01/2024",
						"issuer", "UBND"))));
		assertThat(j.status()).isEqualTo(ImportJob.Status.READY);
		List<ImportIssue> issues = imports.issues(j.id(), 0, 100)
			.stream()
			.filter(i -> i.severity() == ImportIssue.Severity.ERROR)
			.toList();
		assertThat(issues).extracting(ImportIssue::row).containsOnly(2, 3, 4, 5);
		assertThat(issues).filteredOn(i -> i.row() == 2).extracting(ImportIssue::column).containsExactly("courseCode");
		assertThat(issues).filteredOn(i -> i.row() == 3).singleElement().satisfies(i -> {
			assertThat(i.column()).isEqualTo("nationalId");
			assertThat(i.message()).contains(idB);
		});
		assertThat(issues).filteredOn(i -> i.row() == 4)
			.extracting(ImportIssue::column)
			.containsExactlyInAnyOrder("certificateNumber", "certificateDate");
		assertThat(issues).filteredOn(i -> i.row() == 5).singleElement().satisfies(i -> {
			assertThat(i.message()).contains("Tạ Văn Nhì").contains("4");
		});
		assertThatThrownBy(() -> imports.commit(j.id(), null, false, scope)).isInstanceOf(ValidationException.class);
		assertThat(courses.enrolments(c.id(), Scope.all())).isEmpty();
		assertThat(courses.ofPerson(p2, Scope.all())).isEmpty();
	}

	@Test
	void aCleanFileIsCommittedWhole() throws Exception {
		String id1 = nationalId(), id2 = nationalId();
		long p1 = person("Tạ Văn Xong", id1, a.id());
		long p2 = person("Tạ Văn Thôi", id2, a.id());
		Course c = course("Trung cấp LLCT nhập đủ");
		ImportJob j = preview(file(List.of(
				row("courseCode", c.code(), "nationalId", id1, "fullName", "Tạ Văn Xong", "decisionNumber", "7/QĐ-BTV",
						"decidedOn", "20/01/2024", "issuer", "Ban Thường vụ", "result", "Hoàn thành",
						"certificateNumber", "TC-9", "certificateDate", "15/12/2024", "grade", "Khá"),
				row("courseCode", c.code(), "nationalId", id2, "decisionNumber", "7/QĐ-BTV", "decidedOn", "20/01/2024",
						"issuer", "Ban Thường vụ", "result", "Thôi học", "resultOn", "01/06/2024"))));
		assertThat(j.errorRows()).as(imports.issues(j.id(), 0, 100).toString()).isZero();
		imports.commit(j.id(), null, false, scope);
		ImportJob done = await(j.id());
		assertThat(done.status()).as(done.message()).isEqualTo(ImportJob.Status.DONE);
		List<Enrolment> es = courses.enrolments(c.id(), Scope.all());
		assertThat(es).hasSize(2).allSatisfy(e -> assertThat(e.decisionNumber()).isEqualTo("7/QĐ-BTV"));
		Enrolment e1 = es.stream().filter(e -> e.personId() == p1).findFirst().orElseThrow();
		assertThat(e1.result()).isEqualTo(CourseResult.COMPLETED);
		assertThat(e1.certificateDate()).isEqualTo(LocalDate.of(2024, 12, 15));
		assertThat(es.stream().filter(e -> e.personId() == p2).findFirst().orElseThrow().result())
			.isEqualTo(CourseResult.WITHDRAWN);
		assertThat(people.get(p1, LocalDate.of(2024, 12, 15), Scope.all()).qualifications())
			.anyMatch(q -> q.kind() == QualificationKind.POLITICAL_THEORY && "TRUNG_CAP".equals(q.levelCode())
					&& q.validOn(LocalDate.of(2024, 12, 15)));
		assertThat(people.get(p1, LocalDate.of(2024, 12, 14), Scope.all()).qualifications())
			.noneMatch(q -> q.kind() == QualificationKind.POLITICAL_THEORY && q.validOn(LocalDate.of(2024, 12, 14)));
	}

}

package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.Position;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.web.OfficerPagesSupport;

/**
 * Gap analysis on real records: the boundary level meets, one below does not, a higher
 * QP-AN group (DT2 for DT3) meets; a standard version counts from its first day; a
 * completion (tr-core's result) closes the gap on the certificate date; the courses
 * offered; scope.
 */
class TitleGapsTest extends OfficerPagesSupport {

	@Autowired
	TrainingFixture fx;

	@Autowired
	TitleStandards standards;

	@Autowired
	TitleGaps gaps;

	@Autowired
	Courses courses;

	@Autowired
	JdbcClient jdbc;

	static final String TITLE = "KE_TOAN";

	long holder(String name, long unitId, Qualification... quals) {
		PersonData d = PersonData.basic(PersonCategory.CIVIL_SERVANT, name, Gender.FEMALE,
				PartialDate.of(LocalDate.of(1990, 3, 3)));
		long id = fx.people
			.create(new NewPerson(d, Position.main(unitId, TITLE, null, LocalDate.of(2010, 1, 1)), null, List.of()),
					Scope.all())
			.id();
		for (Qualification q : quals) {
			fx.people.add(id, HistoryKind.QUALIFICATION, q, Scope.all());
		}
		return id;
	}

	static Qualification q(QualificationKind k, String level) {
		return Qualification.of(k, level, LocalDate.of(2020, 1, 1));
	}

	@Test
	void whoLacksWhatFromTheStandardsFirstDayUntilTheCertificateDate() throws Exception {
		LocalDate last = jdbc.sql("select max(valid_from) from training_title_standard where title_code = ?")
			.param(TITLE)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		// in the past (a certificate cannot be dated in the future); the test DB is fresh
		// per run
		LocalDate d = last == null ? LocalDate.of(2024, 6, 3) : last.plusDays(1);
		org.junit.jupiter.api.Assumptions.assumeTrue(d.plusDays(30).isBefore(LocalDate.now()));
		TitleStandard v = standards.add(new TitleStandardInput(TITLE, "COMMUNE", d, "QĐ thử khoảng trống", true, null,
				List.of(new TitleRequirement(QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", null, true),
						new TitleRequirement(QualificationKind.DEFENCE_SECURITY, "DT3", null, true))));
		TrainingFixture.Tree t = fx.tree();
		long a = t.a().id();
		long meets = holder("Gia Thị Đủ", a, q(QualificationKind.POLITICAL_THEORY, "TRUNG_CAP"),
				q(QualificationKind.DEFENCE_SECURITY, "DT3"));
		long below = holder("Gia Thị Thiếu", a, q(QualificationKind.POLITICAL_THEORY, "SO_CAP"),
				q(QualificationKind.DEFENCE_SECURITY, "DT2"));
		long noGroup = holder("Gia Thị Chưa", a, q(QualificationKind.POLITICAL_THEORY, "CAO_CAP"));
		long other = holder("Gia Thị Tây", t.b().id());
		Course course = fx.course("Trung cấp LLCT " + TrainingFixture.key(), CourseKind.POLITICAL_THEORY_INTERMEDIATE,
				"TRUNG_CAP", a, d.plusDays(10), d.plusDays(20));
		Course past = fx.course("Trung cấp LLCT cũ", CourseKind.POLITICAL_THEORY_INTERMEDIATE, "TRUNG_CAP", a,
				d.minusDays(30), d.minusDays(1));

		// the day before the version: not this standard
		assertThat(gaps.gaps(t.province().id(), d.minusDays(1), Scope.all())).noneMatch(g -> g.standardId() == v.id());
		// its first day
		List<TitleGap> on = gaps.gaps(t.province().id(), d, Scope.all());
		assertThat(on).extracting(TitleGap::personId).contains(below, noGroup, other).doesNotContain(meets);
		TitleGap b = on.stream().filter(g -> g.personId() == below).findFirst().orElseThrow();
		assertThat(b.needs()).singleElement().satisfies(n -> {
			assertThat(n.kind()).isEqualTo(QualificationKind.POLITICAL_THEORY);
			assertThat(n.requiredLevel()).isEqualTo("TRUNG_CAP");
			assertThat(n.heldLevel()).isEqualTo("SO_CAP");
			assertThat(n.unconfirmed()).isTrue();
			assertThat(n.courses()).extracting(TitleGap.CourseRef::id).contains(course.id()).doesNotContain(past.id());
		});
		assertThat(on.stream().filter(g -> g.personId() == noGroup).findFirst().orElseThrow().needs()).singleElement()
			.satisfies(n -> {
				assertThat(n.kind()).isEqualTo(QualificationKind.DEFENCE_SECURITY);
				assertThat(n.heldLevel()).isNull();
				assertThat(n.requiredName()).isEqualTo("Đối tượng 3");
			});

		// completion closes the gap on the certificate date
		List<Long> enrolled = fx.send(course.id(), below);
		LocalDate cert = d.plusDays(30);
		courses.record(course.id(), List.of(new ResultEntry(enrolled.get(0), CourseResult.COMPLETED, null,
				"TC-" + TrainingFixture.key(), cert, "Khá", null)), Scope.all());
		assertThat(gaps.gaps(a, cert.minusDays(1), Scope.all())).extracting(TitleGap::personId).contains(below);
		assertThat(gaps.gaps(a, cert, Scope.all())).extracting(TitleGap::personId)
			.doesNotContain(below)
			.contains(noGroup);

		// scope: A's officer sees A's holders only, and B is not found
		Scope scopeA = Scope.of(List.of(a));
		assertThat(gaps.gaps(a, d, scopeA)).extracting(TitleGap::personId).contains(noGroup).doesNotContain(other);
		assertThatThrownBy(() -> gaps.gaps(t.b().id(), d, scopeA)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> gaps.gaps(t.province().id(), d, scopeA)).isInstanceOf(NotFoundException.class);

		// the page, its export and the API as A's officer
		String day = String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
		var page = call(get("/training/gaps").param("unitId", String.valueOf(a)).param("on", day), a);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Gia Thị Chưa")
			.contains("cần Đối tượng 3, hiện có chưa có")
			.doesNotContain("Gia Thị Tây");
		assertThat(
				call(get("/training/gaps").param("unitId", String.valueOf(a)).param("on", day).param("lang", "en"), a)
					.getContentAsString(StandardCharsets.UTF_8))
			.contains("Training needs against title standards")
			.contains("needs Group 3, holds none");
		assertThat(call(get("/training/gaps").param("unitId", String.valueOf(t.b().id())), a).getStatus())
			.isEqualTo(404);
		var xlsx = call(get("/training/gaps.xlsx").param("unitId", String.valueOf(a)).param("on", day), a);
		assertThat(xlsx.getStatus()).isEqualTo(200);
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			var sheet = wb.getSheetAt(0);
			List<String> names = new java.util.ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				names.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(names).contains("Gia Thị Chưa").doesNotContain("Gia Thị Tây", "Gia Thị Đủ");
		}
		assertThat(call(get("/api/v1/training/gaps").param("unitId", String.valueOf(a)).param("on", d.toString()), a)
			.getContentAsString(StandardCharsets.UTF_8)).contains("\"requiredLevel\":\"DT3\"");
	}

}

package vn.canbo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.PersonView;
import vn.canbo.shared.Scope;
import vn.canbo.training.Course;
import vn.canbo.training.CourseInput;
import vn.canbo.training.CourseKind;
import vn.canbo.training.CourseResult;
import vn.canbo.training.Courses;
import vn.canbo.training.ResultEntry;
import vn.canbo.training.Sending;

/**
 * Issue 16: the 2C item 27 and the 38-item 32.x print the person's courses beside the
 * free dossier rows — completed (with the certificate) and ongoing, not the withdrawn
 * one, not one starting after the CV's date, and a course equal to a free row once.
 */
@SpringBootTest
class CvTrainingCoursesTest {

	static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

	@Autowired
	DocumentsFixture fx;

	@Autowired
	Courses courses;

	@Autowired
	CvDocuments cvs;

	private Course course(String name, CourseKind kind, String organiser, long unitId, LocalDate from, LocalDate to) {
		return courses.create(new CourseInput("CV-" + UUID.randomUUID().toString().substring(0, 8), name, kind, null,
				null, unitId, organiser, null, "TAP_TRUNG", from, to, null, null), Scope.all());
	}

	private long send(Course c, long personId) {
		return courses
			.send(new Sending("CV-" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ", c.startsOn().minusDays(20),
					"Ban Thường vụ Tỉnh ủy", c.id(), List.of(personId)), Scope.all())
			.get(0);
	}

	@Test
	void coursesArePrintedBesideTheFreeRowsOnceEach() throws Exception {
		DocumentsFixture.Tree t = fx.tree();
		String cccd = "0661" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		PersonView p = fx.person("Hồ Thị Khóa Học", cccd, t.communeA().id());
		long unit = t.communeA().id();
		// the same as the free row "Trường Chính trị tỉnh Đắk Lắk", 03/2011 – 06/2012
		send(course("Trung cấp lý luận chính trị - hành chính", CourseKind.POLITICAL_THEORY_INTERMEDIATE,
				"Trường Chính trị tỉnh Đắk Lắk", unit, LocalDate.of(2011, 3, 7), LocalDate.of(2012, 6, 29)), p.id());
		Course it = course("Ứng dụng công nghệ thông tin cơ bản", CourseKind.IT, "Trung tâm Tin học tỉnh", unit,
				LocalDate.of(2023, 3, 6), LocalDate.of(2023, 5, 26));
		long itEnrolment = send(it, p.id());
		courses.record(it.id(), List.of(new ResultEntry(itEnrolment, CourseResult.COMPLETED, null, "TH-0917",
				LocalDate.of(2023, 5, 31), "Khá", null)), Scope.all());
		send(course("Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 3", CourseKind.DEFENCE_SECURITY_3,
				"Trường Quân sự tỉnh", unit, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 11)), p.id());
		Course left = course("Bồi dưỡng ngạch chuyên viên", CourseKind.STATE_MANAGEMENT, "Học viện Hành chính", unit,
				LocalDate.of(2024, 1, 8), LocalDate.of(2024, 3, 29));
		long leftEnrolment = send(left, p.id());
		courses.record(left.id(), List.of(new ResultEntry(leftEnrolment, CourseResult.WITHDRAWN,
				LocalDate.of(2024, 2, 1), null, null, null, "Ốm dài ngày")), Scope.all());
		send(course("Bồi dưỡng chức danh Chủ tịch UBND xã", CourseKind.TITLE_POSITION, "Sở Nội vụ", unit,
				LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 5)), p.id());

		String c2 = Read.docx(cvs.cv2cDocx(p.id(), AS_OF, CvLayout.BNV_2008, Scope.all()));
		String item27 = c2.substring(c2.indexOf("27) ĐÀO TẠO"), c2.indexOf("28) TÓM TẮT"));
		assertThat(item27).contains(
				"Trung tâm Tin học tỉnh | Ứng dụng công nghệ thông tin cơ bản | 03/2023 - 05/2023 | Tập trung | Văn bằng, chứng chỉ số TH-0917 ngày 31/05/2023",
				"Trường Quân sự tỉnh | Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 3 | 06/2025 - 07/2025 | Tập trung | Đang đào tạo, bồi dưỡng",
				"Trường Đại học Luật Hà Nội | Luật hành chính");
		assertThat(item27.split("Trường Chính trị tỉnh Đắk Lắk", -1)).hasSize(2);
		assertThat(item27).doesNotContain("Bồi dưỡng ngạch chuyên viên", "Chủ tịch UBND xã");
		// by start: the free rows of 1998 and 2011 before the courses of 2023 and 2025
		assertThat(item27.indexOf("Luật hành chính")).isLessThan(item27.indexOf("Trường Chính trị tỉnh"));
		assertThat(item27.indexOf("Trường Chính trị tỉnh")).isLessThan(item27.indexOf("Trung tâm Tin học"));
		assertThat(item27.indexOf("Trung tâm Tin học")).isLessThan(item27.indexOf("Trường Quân sự tỉnh"));

		// a later CV: the title course (printed with state management), the withdrawn
		// still not
		String c38 = Read.docx(cvs.cv2cDocx(p.id(), LocalDate.of(2025, 8, 1), CvLayout.TT06_2023, Scope.all()));
		String it38 = c38.substring(c38.indexOf("32.5- Tin học"), c38.indexOf("32.6- Ngoại ngữ"));
		assertThat(it38).contains(
				"03/2023 - 05/2023 | Trung tâm Tin học tỉnh | Ứng dụng công nghệ thông tin cơ bản | Tập trung | Văn bằng, chứng chỉ số TH-0917 ngày 31/05/2023");
		String qp = c38.substring(c38.indexOf("32.4- Bồi dưỡng"), c38.indexOf("32.5- Tin học"));
		assertThat(qp).contains("06/2025 - 07/2025 | Trường Quân sự tỉnh", "Đang đào tạo, bồi dưỡng");
		String sm = c38.substring(c38.indexOf("32.3- Bồi dưỡng"), c38.indexOf("32.4- Bồi dưỡng"));
		assertThat(sm).contains("07/2025 - 07/2025 | Sở Nội vụ | Bồi dưỡng chức danh Chủ tịch UBND xã")
			.doesNotContain("Bồi dưỡng ngạch chuyên viên");
		String lt = c38.substring(c38.indexOf("32.2- Lý luận chính trị"), c38.indexOf("32.3- Bồi dưỡng"));
		assertThat(lt.split("Trường Chính trị tỉnh Đắk Lắk", -1)).hasSize(2);
	}

}

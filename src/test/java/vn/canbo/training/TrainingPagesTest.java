package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.canbo.shared.Scope;
import vn.canbo.web.OfficerPagesSupport;
import vn.canbo.security.TestUsers;

/**
 * The training pages through MockMvc as commune A's officer: the list shows A's courses
 * only (filters), the course form's errors all at once, B's course is 404, the sending
 * form refuses a person of B (nothing stored), results of many at once, the dossier's
 * training panel, revocation; and in English. An impossible date in the course form is a
 * field error (the page again), nothing stored.
 */
class TrainingPagesTest extends OfficerPagesSupport {

	@Autowired
	TrainingFixture fx;

	@Autowired
	Courses courses;

	@Test
	void coursesSendingResultsAndTheDossierPanel() throws Exception {
		TrainingFixture.Tree t = fx.tree();
		long a = t.a().id();
		long a1 = fx.person("Kha Văn Một", a);
		long a2 = fx.person("Kha Văn Hai", a);
		long b1 = fx.person("Kha Văn Ba", t.b().id());
		Course other = fx.course("Lớp của xã Tây", CourseKind.IT, null, t.b().id(), LocalDate.of(2024, 1, 8),
				LocalDate.of(2024, 1, 20));

		Document bad = page(post("/training").param("code", "K-" + TrainingFixture.key())
			.param("name", "Lớp lỗi")
			.param("kind", "POLITICAL_THEORY_ELEMENTARY")
			.param("levelCode", "TRUNG_CAP")
			.param("unitId", String.valueOf(a))
			.param("organiser", "Trường Chính trị")
			.param("startsOn", "10/03/2024")
			.param("endsOn", "09/03/2024"), a, 200);
		assertThat(bad.select("[data-errors] div")).hasSize(2);
		assertThat(bad.select("[data-errors]").text()).contains("09/03/2024").contains("TRUNG_CAP");

		String code = "K-" + TrainingFixture.key();
		MockHttpServletResponse created = call(post("/training").param("code", code)
			.param("name", "Sơ cấp LLCT xã Đông")
			.param("kind", "POLITICAL_THEORY_ELEMENTARY")
			.param("levelCode", "SO_CAP")
			.param("unitId", String.valueOf(a))
			.param("organiser", "Trung tâm Chính trị")
			.param("formCode", "KHONG_TAP_TRUNG")
			.param("startsOn", "04/03/2024")
			.param("endsOn", "29/03/2024"), a);
		assertThat(created.getRedirectedUrl()).startsWith("/training/");
		Course c = courses.byCode(code, Scope.all()).orElseThrow();

		Document list = page(get("/training").param("year", "2024"), a, 200);
		assertThat(list.select("[data-courses]").text()).contains("Sơ cấp LLCT xã Đông")
			.doesNotContain("Lớp của xã Tây");
		assertThat(page(get("/training").param("kind", "IT"), a, 200).text()).doesNotContain("Sơ cấp LLCT xã Đông");
		page(get("/training/" + other.id()), a, 404);

		Document refused = page(post("/training/" + c.id() + "/sendings").param("number", "5/QĐ-UBND")
			.param("decidedOn", "20/02/2024")
			.param("issuer", "UBND xã")
			.param("personIds[0]", String.valueOf(a1))
			.param("personIds[1]", String.valueOf(b1)), a, 200);
		assertThat(refused.select("[data-errors]").text()).contains("Dòng 2");
		assertThat(courses.enrolments(c.id(), Scope.all())).isEmpty();
		MockHttpServletResponse sent = call(post("/training/" + c.id() + "/sendings").param("number", "5/QĐ-UBND")
			.param("decidedOn", "20/02/2024")
			.param("issuer", "UBND xã")
			.param("personIds[0]", String.valueOf(a1))
			.param("personIds[3]", String.valueOf(a2)), a);
		assertThat(sent.getRedirectedUrl()).isEqualTo("/training/" + c.id());
		List<Enrolment> es = courses.enrolments(c.id(), Scope.all());
		assertThat(es).hasSize(2);
		long e1 = es.stream().filter(e -> e.personId() == a1).findFirst().orElseThrow().id();
		long e2 = es.stream().filter(e -> e.personId() == a2).findFirst().orElseThrow().id();

		MockHttpServletResponse recorded = call(
				post("/training/" + c.id() + "/results").param("enrolmentId", String.valueOf(e1), String.valueOf(e2))
					.param("result-" + e1, "COMPLETED")
					.param("certificateNumber-" + e1, "SC-77")
					.param("certificateDate-" + e1, "05/04/2024")
					.param("grade-" + e1, "Giỏi")
					.param("result-" + e2, ""),
				a);
		assertThat(recorded.getRedirectedUrl()).isEqualTo("/training/" + c.id());
		Document course = page(get("/training/" + c.id()), a, 200);
		assertThat(course.select("tr[data-enrolment=" + e1 + "]").text()).contains("Hoàn thành").contains("SC-77");
		assertThat(course.select("tr[data-enrolment=" + e2 + "] select")).hasSize(1);

		Document dossier = page(get("/persons/" + a1), a, 200);
		assertThat(dossier.text()).contains("Đào tạo, bồi dưỡng theo khóa học")
			.contains("Sơ cấp LLCT xã Đông")
			.contains("SC-77");

		MockHttpServletResponse revoked = call(
				post("/training/" + c.id() + "/enrolments/" + e1 + "/revoke").param("revokedOn", "10/04/2024")
					.param("reason", "Cấp nhầm"),
				a);
		assertThat(revoked.getRedirectedUrl()).isEqualTo("/training/" + c.id());
		assertThat(courses.ofPerson(a1, Scope.all()).get(0).result()).isNull();

		// edit (version kept), then a course without enrolments is deleted
		MockHttpServletResponse edited = call(post("/training/" + c.id()).param("version", String.valueOf(c.version()))
			.param("code", code)
			.param("name", "Sơ cấp LLCT xã Đông K2")
			.param("kind", "POLITICAL_THEORY_ELEMENTARY")
			.param("levelCode", "SO_CAP")
			.param("unitId", String.valueOf(a))
			.param("organiser", "Trung tâm Chính trị")
			.param("startsOn", "04/03/2024")
			.param("endsOn", "29/03/2024"), a);
		assertThat(edited.getRedirectedUrl()).isEqualTo("/training/" + c.id());
		assertThat(courses.get(c.id(), Scope.all()).name()).isEqualTo("Sơ cấp LLCT xã Đông K2");
		assertThat(page(get("/training/" + c.id() + "/edit"), a, 200).select("input[name=version]").val())
			.isEqualTo(String.valueOf(c.version() + 1));
		page(get("/training/" + other.id() + "/edit"), a, 404);
		Course empty = fx.course("Lớp trống", CourseKind.IT, null, a, LocalDate.of(2024, 5, 1),
				LocalDate.of(2024, 5, 2));
		assertThat(call(post("/training/" + empty.id() + "/delete"), a).getRedirectedUrl()).isEqualTo("/training");
		assertThat(page(post("/training/" + c.id() + "/delete"), a, 200).select("[data-errors]").text())
			.contains("không xóa được");

		Document english = page(get("/training/" + c.id()).param("lang", "en"), a, 200);
		assertThat(english.text()).contains("Participants and results").contains("Sending decision");
	}

	@Test
	void aCourseFormsImpossibleDateIsAFieldErrorAndNothingIsStored() throws Exception {
		TrainingFixture.Tree t = fx.tree();
		long a = t.a().id();
		String code = "K-" + TrainingFixture.key();
		MvcResult r = mvc
			.perform(post("/training").param("code", code)
				.param("name", "Lớp ngày sai")
				.param("kind", "IT")
				.param("unitId", String.valueOf(a))
				.param("organiser", "Trung tâm")
				.param("startsOn", "31/02/2024")
				.param("endsOn", "29/03/2024")
				.header("Referer", "http://localhost:80/training/new")
				.with(csrf())
				.with(TestUsers.officer(a)))
			.andReturn();
		assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/training/new");
		assertThat(r.getFlashMap().get("dateErrors")).isEqualTo(
				Map.of("startsOn", "Ngày không hợp lệ: 31/02/2024 (nhập theo dạng ngày/tháng/năm, ví dụ 07/12/2026)"));
		assertThat(courses.byCode(code, Scope.all())).isEmpty();
	}

}

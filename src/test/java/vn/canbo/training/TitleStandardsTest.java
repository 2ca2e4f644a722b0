package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.people.QualificationKind;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.ValidationException;

/**
 * Title standards: the seeds from regulations.md §3.2 ([U]); every error at once, nothing
 * stored; a new version closes the previous one the day before (history kept, audited);
 * the level's own version before the every-level one; the editor page in both languages,
 * refused to a clerk.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TitleStandardsTest {

	@Autowired
	TitleStandards standards;

	@Autowired
	TitleStandardService service;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	/** A day after every version of the title, from 1/1/2061 (the DB persists rows). */
	LocalDate freeDay(String title) {
		LocalDate last = jdbc.sql("select max(valid_from) from training_title_standard where title_code = ?")
			.param(title)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		LocalDate base = LocalDate.of(2061, 1, 1);
		return last == null || last.isBefore(base) ? base : last.plusYears(1);
	}

	long count() {
		return jdbc.sql("select count(*) from training_title_standard").query(Long.class).single();
	}

	@Test
	void seedsAreTheDefenceGroupsOfRegulationsMarkedUnconfirmed() {
		TitleStandard s = standards.inForce("CHU_TICH_UBND", "COMMUNE", LocalDate.of(2020, 1, 1)).orElseThrow();
		assertThat(s.legalBasis()).contains("NĐ 13/2014/NĐ-CP").contains("90/HD-HĐGDQPAN");
		assertThat(s.unconfirmed()).isTrue();
		assertThat(s.requirements())
			.extracting(TitleRequirement::kind, TitleRequirement::levelCode, TitleRequirement::unconfirmed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(QualificationKind.DEFENCE_SECURITY, "DT3", true));
		assertThat(standards.inForce("GIAM_DOC", "PROVINCE", LocalDate.of(2020, 1, 1)).orElseThrow().requirements())
			.extracting(TitleRequirement::levelCode)
			.containsExactly("DT2");
		// before the guidance and at another level: no standard
		assertThat(standards.inForce("CHU_TICH_UBND", "COMMUNE", LocalDate.of(2016, 5, 30))).isEmpty();
		assertThat(standards.inForce("CHU_TICH_UBND", "PROVINCE", LocalDate.of(2020, 1, 1))).isEmpty();
	}

	@Test
	void badVersionReportsEveryErrorAtOnceAndStoresNothing() {
		long before = count();
		TitleStandardInput bad = new TitleStandardInput("TRAM_TRUONG", "PLANET", null, " ", false, null,
				List.of(new TitleRequirement(QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", null, false),
						new TitleRequirement(QualificationKind.POLITICAL_THEORY, "SO_CAP", null, false),
						new TitleRequirement(QualificationKind.DEFENCE_SECURITY, "DT9", null, true),
						new TitleRequirement(null, "X", null, false)));
		assertThatThrownBy(() -> standards.add(bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
			assertThat(e.errors()).extracting(FieldError::field)
				.containsExactlyInAnyOrder("adminLevel", "validFrom", "legalBasis", "requirements[1].kind",
						"requirements[2].levelCode", "requirements[3].kind");
			assertThat(e.errors()).extracting(FieldError::message)
				.anyMatch(m -> m.contains("Trạm trưởng") && m.contains("căn cứ pháp lý"))
				.anyMatch(m -> m.contains("yêu cầu thứ 3") && m.contains("DT9"));
		});
		assertThatThrownBy(() -> standards
			.add(new TitleStandardInput("KHONG_CO", null, LocalDate.of(2061, 1, 1), "QĐ", false, null, List.of())))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactlyInAnyOrder("titleCode", "requirements"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aNewVersionClosesThePreviousOneTheDayBeforeAndIsAudited() {
		String title = "TRAM_TRUONG";
		LocalDate d1 = freeDay(title);
		LocalDate d2 = d1.plusMonths(6);
		TitleStandard v1 = standards.add(new TitleStandardInput(title, "COMMUNE", d1, "QĐ thử 1", true, "thử",
				List.of(new TitleRequirement(QualificationKind.PROFESSIONAL, "DAI_HOC", null, true))));
		TitleStandard v2 = standards.add(new TitleStandardInput(title, "COMMUNE", d2, "QĐ thử 2", false, null,
				List.of(new TitleRequirement(QualificationKind.PROFESSIONAL, "THAC_SI", null, false),
						new TitleRequirement(QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", null, false))));
		assertThat(standards.inForce(title, "COMMUNE", d2.minusDays(1)).orElseThrow().id()).isEqualTo(v1.id());
		assertThat(standards.inForce(title, "COMMUNE", d2).orElseThrow().id()).isEqualTo(v2.id());
		assertThat(standards.list(title)).filteredOn(s -> s.id() == v1.id())
			.singleElement()
			.satisfies(s -> assertThat(s.validTo()).isEqualTo(d2.minusDays(1)));
		assertThat(v2.requirements()).extracting(TitleRequirement::levelName).contains("Thạc sĩ");
		// a version for every level applies where the level has none of its own
		LocalDate d3 = d2.plusMonths(1);
		TitleStandard any = standards.add(new TitleStandardInput(title, null, d3, "QĐ thử chung", false, null,
				List.of(new TitleRequirement(QualificationKind.IT, "CO_BAN", null, false))));
		assertThat(standards.inForce(title, "PROVINCE", d3).orElseThrow().id()).isEqualTo(any.id());
		assertThat(standards.inForce(title, "COMMUNE", d3).orElseThrow().id()).isEqualTo(v2.id());
		// the gap analysis's bulk read picks what inForce answers (issue 16)
		for (LocalDate d : List.of(d1.minusDays(1), d1, d2.minusDays(1), d2, d3.minusDays(1), d3)) {
			for (String level : java.util.Arrays.asList("COMMUNE", "PROVINCE", null)) {
				assertThat(TitleStandardService.pick(service.allInForce(d).getOrDefault(title, List.of()), level)
					.map(TitleStandard::id)).as("%s %s", d, level)
					.isEqualTo(standards.inForce(title, level, d).map(TitleStandard::id));
			}
		}
		// not after the latest version: refused
		assertThatThrownBy(() -> standards.add(new TitleStandardInput(title, "COMMUNE", d2, "QĐ", false, null,
				List.of(new TitleRequirement(QualificationKind.IT, "CO_BAN", null, false)))))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains("Trạm trưởng"));
		assertThat(jdbc.sql(
				"select count(*) from audit_event where entity_type = 'training_title_standard' and entity_id in (?, ?)")
			.params(String.valueOf(v1.id()), String.valueOf(v2.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theEditorPageListsAddsAndIsRefusedToAClerk() throws Exception {
		MockHttpServletResponse page = mvc
			.perform(get("/training/standards").param("titleCode", "GIAM_DOC").with(TestUsers.officer()))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Tiêu chuẩn chức danh").contains("Đối tượng 2").contains("[U]");
		String en = mvc.perform(
				get("/training/standards").param("titleCode", "GIAM_DOC").param("lang", "en").with(TestUsers.officer()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(en).contains("Title standards").contains("Group 2");
		String title = "Y_SI";
		LocalDate d = freeDay(title);
		String day = String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
		long before = count();
		MockHttpServletResponse clerk = mvc
			.perform(post("/training/standards").param("titleCode", title)
				.param("validFrom", day)
				.param("legalBasis", "QĐ thử")
				.param("level.IT", "CO_BAN")
				.with(csrf())
				.with(TestUsers.as(Role.CLERK)))
			.andReturn()
			.getResponse();
		assertThat(clerk.getStatus()).isEqualTo(403);
		assertThat(count()).isEqualTo(before);
		String errors = mvc
			.perform(post("/training/standards").param("titleCode", title)
				.param("validFrom", day)
				.with(csrf())
				.with(TestUsers.officer()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(errors).contains("chưa nhập căn cứ pháp lý").contains("chưa có yêu cầu trình độ nào");
		assertThat(count()).isEqualTo(before);
		MockHttpServletResponse ok = mvc
			.perform(post("/training/standards").param("titleCode", title)
				.param("validFrom", day)
				.param("legalBasis", "QĐ thử")
				.param("level.IT", "CO_BAN")
				.param("u.IT", "true")
				.with(csrf())
				.with(TestUsers.officer()))
			.andReturn()
			.getResponse();
		assertThat(ok.getRedirectedUrl()).isEqualTo("/training/standards?titleCode=" + title);
		assertThat(standards.inForce(title, "COMMUNE", d).orElseThrow().requirements()).singleElement()
			.satisfies(r -> assertThat(r.unconfirmed()).isTrue());
	}

}

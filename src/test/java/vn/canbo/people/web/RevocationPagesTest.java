package vn.canbo.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Hủy bỏ quyết định kỷ luật on the dossier page (issue 15): the table offers the form to
 * writers only; a form with errors answers every error under its field and stores
 * nothing; a revocation shows in the table (number, date, issuer, reason) and is audited;
 * outside the scope = 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RevocationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	JdbcClient jdbc;

	UnitView province;

	UnitView other;

	long person;

	Discipline stored;

	@BeforeEach
	void data() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		province = units.create(new UnitService.NewUnit("RV-" + k, "Tỉnh Hủy Bỏ " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, LocalDate.of(2000, 1, 1)));
		other = units.create(new UnitService.NewUnit("RW-" + k, "Tỉnh Khác " + k, null, "DIA_BAN", AdminLevel.PROVINCE,
				null, LocalDate.of(2000, 1, 1)));
		UnitView commune = units.create(new UnitService.NewUnit("RY-" + k, "UBND xã Hủy " + k, null, "UBND",
				AdminLevel.COMMUNE, province.id(), LocalDate.of(2000, 1, 1)));
		person = people
			.create(new NewPerson(
					PersonData.basic(PersonCategory.CIVIL_SERVANT, "Đỗ Văn Oan", Gender.MALE,
							PartialDate.ofMonth(1980, 1)),
					Position.main(commune.id(), "CHUYEN_VIEN", "Chuyên viên", LocalDate.of(2010, 1, 1))), Scope.all())
			.id();
		stored = people.add(person, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE,
				"KHIEN_TRACH", LocalDate.of(2024, 3, 1), null, null, "UBND xã", "Chậm trễ", "7/QĐ-KL"), Scope.all());
	}

	String base() {
		return "/persons/" + person + "/h/disciplines/" + stored.id() + "/revocation";
	}

	@Test
	void writersGetTheFormReadersDoNot() throws Exception {
		String page = mvc.perform(get("/persons/" + person).with(TestUsers.officer(province.id())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(base(), "Hủy bỏ QĐ", "Hủy bỏ quyết định");
		String form = mvc.perform(get(base()).with(TestUsers.officer(province.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("Hủy bỏ quyết định kỷ luật Khiển trách 7/QĐ-KL 01/03/2024", "name=\"decisionNumber\"",
				"name=\"revokedOn\" type=\"text\" data-date", "name=\"issuer\"", "name=\"reason\"");
		String readerPage = mvc.perform(get("/persons/" + person).with(TestUsers.as(Role.LEADER, province.id())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(readerPage).doesNotContain(base());
		mvc.perform(get(base()).with(TestUsers.officer(other.id()))).andExpect(status().isNotFound());
		mvc.perform(post(base()).param("decisionNumber", "1/QĐ")
			.param("revokedOn", "01/06/2025")
			.param("issuer", "UBND")
			.param("reason", "Sai")
			.with(TestUsers.officer(other.id()))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(people.get(person, null, Scope.all()).disciplines().get(0).revocation()).isNull();
	}

	@Test
	void everyErrorUnderItsFieldAndNothingStored() throws Exception {
		String html = mvc
			.perform(post(base()).param("decisionNumber", "")
				.param("revokedOn", "31/13/2025")
				.param("issuer", " ")
				.param("reason", "")
				.with(TestUsers.officer(province.id()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Retarget", "#form-t22"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Đỗ Văn Oan: số quyết định của quyết định hủy bỏ kỷ luật là bắt buộc",
				"Đỗ Văn Oan: không đọc được ngày hủy bỏ &quot;31/13/2025&quot;",
				"Đỗ Văn Oan: cơ quan ban hành của quyết định hủy bỏ kỷ luật là bắt buộc",
				"Đỗ Văn Oan: lý do hủy bỏ của quyết định hủy bỏ kỷ luật là bắt buộc");
		assertThat(html.split("invalid-feedback", -1)).hasSize(5); // four fields, each
																	// its own
		String before = mvc
			.perform(post(base()).param("decisionNumber", "12/QĐ-UBND")
				.param("revokedOn", "01/02/2024")
				.param("issuer", "Chủ tịch UBND tỉnh")
				.param("reason", "Khiếu nại")
				.with(TestUsers.officer(province.id()))
				.with(csrf()))
			.andExpect(header().string("HX-Retarget", "#form-t22"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(before).contains("không được trước ngày quyết định kỷ luật 01/03/2024");
		assertThat(people.get(person, null, Scope.all()).disciplines().get(0).revocation()).isNull();
	}

	@Test
	void aRevocationShowsInTheTableAndIsAudited() throws Exception {
		String table = mvc
			.perform(post(base()).param("decisionNumber", "12/QĐ-UBND")
				.param("revokedOn", "01/06/2025")
				.param("issuer", "Chủ tịch UBND tỉnh")
				.param("reason", "Kết luận khiếu nại")
				.param("asOf", "")
				.with(TestUsers.officer(province.id()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Retarget"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(table).contains("id=\"t22\"",
				"Đã hủy bỏ theo quyết định số 12/QĐ-UBND ngày 01/06/2025 của Chủ tịch UBND tỉnh; lý do: Kết luận khiếu nại")
			.doesNotContain(base()); // revoked once only
		assertThat(people.get(person, null, Scope.all()).disciplines().get(0).revocation())
			.isEqualTo(new Discipline.Revocation("12/QĐ-UBND", LocalDate.of(2025, 6, 1), "Chủ tịch UBND tỉnh",
					"Kết luận khiếu nại"));
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'person_discipline'"
					+ " and entity_id = ? and action = 'UPDATE' and after ->> 'revocation_number' = '12/QĐ-UBND'")
			.param(String.valueOf(stored.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}

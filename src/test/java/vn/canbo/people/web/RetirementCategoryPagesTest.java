package vn.canbo.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.people.RetirementCategory;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * The retirement category on the dossier page (issue 13, point 9): the form, the table
 * with the legal basis, and months beyond the maximum refused next to the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RetirementCategoryPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Test
	void recordsAWomanLeadersLaterRetirement() throws Exception {
		String k = UUID.randomUUID().toString().substring(0, 8);
		UnitView province = units.create(new UnitService.NewUnit("RT-" + k, "Tỉnh Hưu Trí " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, LocalDate.of(2000, 1, 1)));
		UnitView commune = units.create(new UnitService.NewUnit("RX-" + k, "UBND xã Hưu " + k, null, "UBND",
				AdminLevel.COMMUNE, province.id(), LocalDate.of(2000, 1, 1)));
		long id = people
			.create(new NewPerson(
					PersonData.basic(PersonCategory.CIVIL_SERVANT, "Trần Thị Hoa", Gender.FEMALE,
							PartialDate.ofMonth(1970, 1)),
					Position.main(commune.id(), "CHUYEN_VIEN", "Chuyên viên", LocalDate.of(2010, 1, 1))), Scope.all())
			.id();
		String base = "/persons/" + id + "/h/retirement-categories";
		assertThat(mvc.perform(get(base + "/new").with(TestUsers.officer(province.id())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("name=\"category\"", "name=\"months\"", "Nghị định 53/2015");
		mvc.perform(post(base).param("category", "WOMAN_LEADER")
			.param("months", "61")
			.param("validFrom", "01/01/2022")
			.with(TestUsers.officer(province.id()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Retarget", "#form-t40"))
			.andExpect(content().string(containsString("từ 1 đến 60 tháng")));
		String table = mvc
			.perform(post(base).param("category", "WOMAN_LEADER")
				.param("months", "60")
				.param("validFrom", "01/01/2022")
				.param("basis", "Quyết định số 15/QĐ-UBND")
				.with(TestUsers.officer(province.id()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(table).contains("id=\"t40\"", "+60", "Quyết định số 15/QĐ-UBND",
				RetirementCategory.WOMAN_LEADER.legalBasis());
		assertThat(
				people.get(id, LocalDate.of(2024, 1, 1), Scope.all()).retirementAdjustMonths(LocalDate.of(2024, 1, 1)))
			.isEqualTo(60);
		assertThat(mvc.perform(get("/persons/" + id).with(TestUsers.officer(province.id())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Nghỉ hưu ở tuổi thấp hơn hoặc cao hơn", "+60");
	}

}

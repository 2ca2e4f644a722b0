package vn.canbo.pickers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 20 (pickers, remainder points 2 and 3): a unit is found by every word of the
 * query in any order, within the scope; pages with an as-of date give it to their unit
 * picker, which then finds and labels the units of that date, and the persons' picker
 * takes a date too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PickerWordsAndDatesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	JdbcClient jdbc;

	String k;

	long province;

	long commune;

	long dissolved;

	long outside;

	long secretary;

	@BeforeEach
	void data() {
		k = PickerWebTest.letters();
		LocalDate founded = LocalDate.of(2000, 1, 1);
		province = units
			.create(new UnitService.NewUnit("PW-T-" + k, "Tỉnh Trật Tự " + k, null, "DIA_BAN", AdminLevel.PROVINCE,
					null, founded))
			.id();
		commune = units
			.create(new UnitService.NewUnit("PW-X-" + k, "Xã Đông Thạnh " + k, null, "DIA_BAN", AdminLevel.COMMUNE,
					province, founded))
			.id();
		dissolved = units
			.create(new UnitService.NewUnit("PW-C-" + k, "Xã Cũ Giải Thể " + k, null, "DIA_BAN", AdminLevel.COMMUNE,
					province, founded))
			.id();
		// dissolved on 01/01/2020: it exists on 15/01/2015, not today
		jdbc.sql("update org_unit_version set valid_to = date '2020-01-01' where unit_id = ?")
			.param(dissolved)
			.update();
		long other = units
			.create(new UnitService.NewUnit("PW-T2-" + k, "Tỉnh Khác " + k, null, "DIA_BAN", AdminLevel.PROVINCE, null,
					founded))
			.id();
		outside = units
			.create(new UnitService.NewUnit("PW-X2-" + k, "Xã Thạnh Đông " + k, null, "DIA_BAN", AdminLevel.COMMUNE,
					other, founded))
			.id();
		NewPerson p = PeopleTestData.newPerson("Lê Văn Thứtự " + k, PeopleTestData.nationalId(), commune);
		secretary = people
			.create(new NewPerson(p.data(), Position.main(commune, "BI_THU", null, LocalDate.of(2015, 1, 1))),
					Scope.all())
			.id();
	}

	@Test
	void everyWordOfTheQueryIsMatchedInAnyOrder() throws Exception {
		for (String q : new String[] { "dong thanh " + k, "thanh dong " + k, k + " THẠNH", "xa " + k + " dong" }) {
			mvc.perform(get("/pick/units").param("q", q).with(TestUsers.officer(province)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-picker-id=\"" + commune + "\"")))
				// the scope is kept: "Xã Thạnh Đông" of the other province matches the
				// words too
				.andExpect(content().string(not(containsString("data-picker-id=\"" + outside + "\""))));
		}
		// every word must match: one word not in the name finds nothing
		mvc.perform(get("/pick/units").param("q", "thanh dong vinh " + k).with(TestUsers.officer(province)))
			.andExpect(content().string(not(containsString("data-picker-id=\"" + commune + "\""))));
		// the whole tree finds both orders' units
		mvc.perform(get("/pick/units").param("q", "thanh dong " + k).with(TestUsers.admin()))
			.andExpect(content().string(containsString("data-picker-id=\"" + commune + "\"")))
			.andExpect(content().string(containsString("data-picker-id=\"" + outside + "\"")));
	}

	@Test
	void theAsOfViewGivesItsDateToItsUnitPicker() throws Exception {
		mvc.perform(get("/career/asof").param("date", "15/01/2015")
			.param("unitId", String.valueOf(dissolved))
			.with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-picker-date=\"2015-01-15\"")))
			.andExpect(content().string(containsString("data-picker-date-field=\"date\"")))
			// the dissolved unit is named as it was on that date
			.andExpect(content().string(containsString("value=\"Xã Cũ Giải Thể " + k + " — Tỉnh Trật Tự " + k + "\"")));
		// and the picker finds it on that date only
		mvc.perform(get("/pick/units").param("q", "giai the " + k)
			.param("date", "2015-01-15")
			.with(TestUsers.officer(province)))
			.andExpect(content().string(containsString("data-picker-id=\"" + dissolved + "\"")));
		mvc.perform(get("/pick/units").param("q", "giai the " + k).with(TestUsers.officer(province)))
			.andExpect(content().string(not(containsString("data-picker-id=\"" + dissolved + "\""))));
	}

	@Test
	void theOtherAsOfPagesGiveTheirDateToo() throws Exception {
		mvc.perform(get("/career/movements").param("date", "15/01/2015").with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-picker-date=\"2015-01-15\"")));
		mvc.perform(get("/reports/pivot").param("date", "15/01/2015").with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-picker-date=\"2015-01-15\"")));
		mvc.perform(get("/reports/summary").param("asOf", "15/01/2015").with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-picker-date=\"2015-01-15\"")));
	}

	@Test
	void thePersonsPickerFindsThoseInPostOnTheDate() throws Exception {
		mvc.perform(get("/pick/persons").param("q", "thutu " + k).with(TestUsers.officer(province)))
			.andExpect(content().string(containsString("data-picker-id=\"" + secretary + "\"")));
		// in post from 01/01/2015: not yet on 01/01/2010
		mvc.perform(get("/pick/persons").param("q", "thutu " + k)
			.param("date", "2010-01-01")
			.with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-picker-id=\"" + secretary + "\""))));
	}

}

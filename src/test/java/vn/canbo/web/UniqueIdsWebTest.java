package vn.canbo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonService;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;
import vn.canbo.targets.Indicator;
import vn.canbo.targets.Indicator.Direction;
import vn.canbo.targets.Indicator.Kind;
import vn.canbo.targets.Programme;
import vn.canbo.targets.Programmes;

/**
 * Issue 20 (pickers, remainder point 1): no main page repeats an element {@code id} (a
 * label, an aria-controls or a script would reach the wrong element). The pages are those
 * of {@link CspBrowserTest}, plus a programme with several "record value" forms, each
 * with its unit picker.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UniqueIdsWebTest {

	static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	Programmes programmes;

	@Test
	void noMainPageRepeatsAnId() throws Exception {
		String k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		long province = units
			.create(new UnitService.NewUnit("UID-T-" + k, "Tỉnh Duy Nhất " + k, null, "DIA_BAN", AdminLevel.PROVINCE,
					null, founded))
			.id();
		long commune = units
			.create(new UnitService.NewUnit("UID-X-" + k, "UBND xã Duy Nhất " + k, null, "UBND", AdminLevel.COMMUNE,
					province, founded))
			.id();
		long person = people
			.create(PeopleTestData.newPerson("Phạm Văn Duynhất", PeopleTestData.nationalId(), commune), Scope.all())
			.id();
		Programme p = programmes.save(new Programme(null, "UID-" + k, "Nghị quyết " + k, "Tỉnh ủy", province,
				LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null, 0, null), Scope.all());
		for (int i = 1; i <= 2; i++) {
			programmes.saveIndicator(p.id(),
					new Indicator(null, "KN" + i, "Kết nạp " + i, Kind.COUNT_IN_PERIOD, Direction.AT_LEAST,
							new BigDecimal("10"), null, null, null, null, true, "kết nạp", "đảng viên", null, i),
					Scope.all());
		}
		List<String> problems = new ArrayList<>();
		RequestPostProcessor officer = TestUsers.officer(province);
		for (String path : List.of("/", "/units", "/units/" + commune, "/persons", "/persons/" + person,
				"/persons/" + person + "/edit", "/imports", "/career/decisions", "/career/decisions/new",
				"/career/alerts", "/career/movements", "/career/asof", "/reports", "/reports/pivot", "/reports/summary",
				"/rules", "/catalogs", "/documents/templates", "/account", "/targets", "/targets/" + p.id())) {
			problems.addAll(duplicates(path, officer));
		}
		problems.addAll(duplicates("/audit", TestUsers.as(Role.AUDITOR, province)));
		problems.addAll(duplicates("/admin/users", TestUsers.admin()));
		problems.addAll(duplicates("/admin/users/new", TestUsers.admin()));
		assertThat(problems).isEmpty();
	}

	List<String> duplicates(String path, RequestPostProcessor user) throws Exception {
		String html = mvc.perform(get(path).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Set<String> seen = new HashSet<>();
		List<String> twice = new ArrayList<>();
		Matcher m = ID.matcher(html);
		while (m.find()) {
			if (!seen.add(m.group(1))) {
				twice.add(path + ": id=\"" + m.group(1) + "\"");
			}
		}
		return twice;
	}

}

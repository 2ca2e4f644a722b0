package vn.canbo.career.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonService;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 20 (pickers, remainder point 5): a draft without a number is named "Dự thảo quyết
 * định" + its type + its date on the list, its page and its confirmations, never "#" +
 * its internal id, which stays in URLs only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DraftNameWebTest {

	/** Visible text: what is between tags, plus the confirmation texts the user reads. */
	static final Pattern SHOWN = Pattern.compile(">([^<]*)<|data-confirm=\"([^\"]*)\"|<title>([^<]*)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Test
	void aDraftIsNamedByItsTypeAndDateNeverByItsId() throws Exception {
		String k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		long province = units
			.create(new UnitService.NewUnit("DR-T-" + k, "Tỉnh Dự Thảo " + k, null, "DIA_BAN", AdminLevel.PROVINCE,
					null, founded))
			.id();
		long person = people
			.create(PeopleTestData.newPerson("Hồ Văn Dựthảo", PeopleTestData.nationalId(), province), Scope.all())
			.id();
		String location = mvc
			.perform(post("/career/decisions").with(TestUsers.officer(province))
				.with(csrf())
				.param("type", "TRANSFER")
				.param("issuer", "UBND tỉnh Dự Thảo")
				.param("signedOn", "2025-02-20")
				.param("effectiveOn", "2025-03-01")
				.param("subjects[0].personId", String.valueOf(person))
				.param("subjects[0].unitId", String.valueOf(province))
				.param("subjects[0].titleCode", "CAN_SU"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String list = shown("/career/decisions", province);
		assertThat(list).contains("Dự thảo quyết định điều động ngày 20/02/2025").doesNotContainPattern("#\\d+");
		String page = shown(location, province);
		assertThat(page).contains("Dự thảo quyết định điều động ngày 20/02/2025")
			.contains("Phê duyệt dự thảo quyết định điều động ngày 20/02/2025?")
			.doesNotContainPattern("#\\d+");
		assertThat(shown("/career/persons/" + person + "/decisions", province)).doesNotContainPattern("#\\d+");
	}

	/** The texts a user sees on the page (tags' text, the title and confirmations). */
	String shown(String path, long province) throws Exception {
		String html = mvc.perform(get(path).with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		StringBuilder b = new StringBuilder();
		Matcher m = SHOWN.matcher(html.replaceAll("(?s)<script.*?</script>|<style.*?</style>", ""));
		while (m.find()) {
			for (int g = 1; g <= 3; g++) {
				if (m.group(g) != null) {
					b.append(HtmlUtils.htmlUnescape(m.group(g))).append('\n');
				}
			}
		}
		return b.toString();
	}

}

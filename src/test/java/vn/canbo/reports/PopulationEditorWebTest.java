package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonService;
import vn.canbo.security.TestUsers;

/**
 * Issue 14, point 1: the population editor. The condition tree travels as JSON in the
 * form and comes back rendered the same (and, saved, from the database); the live preview
 * answers the count and the first persons of the roots on the date; unreadable or
 * incomplete trees are refused with every problem named, never a 500; a root outside the
 * user's scope is refused without a count.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationEditorWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	ObjectMapper json;

	@Autowired
	Populations populations;

	KnownDataset data;

	@BeforeAll
	void dataset() {
		data = new KnownDataset(units, people);
	}

	/** AND of an OR, a NOT and a POSITION group (with a unit subtree). */
	private Criterion tree() {
		return Criterion.and(
				Criterion.or(Criterion.in("GENDER", List.of("FEMALE")), Criterion.in("PARTY", List.of("YES"))),
				Criterion.not(Criterion.in("CATEGORY", List.of("CONTRACT"))),
				Criterion.position(Criterion.in("ADMIN_LEVEL", List.of("COMMUNE")),
						Criterion.in("UNIT_KIND", List.of("STATE", "MASS")),
						Criterion.in("SUBTREE", List.of(String.valueOf(data.communeA.id())))));
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The hidden "criterion" field of the editor page, parsed. */
	private Criterion criterionOf(String html) {
		Matcher m = Pattern.compile("name=\"criterion\" value=\"([^\"]*)\"").matcher(html);
		assertThat(m.find()).as("the hidden criterion field").isTrue();
		String text = HtmlUtils.htmlUnescape(m.group(1));
		return text.isBlank() ? null : json.readValue(text, Criterion.class);
	}

	/** The editor part of the page (the templates the script clones come after it). */
	private static String editor(String html) {
		int from = html.indexOf("data-crit-editor");
		int to = html.indexOf("data-crit-template");
		return html.substring(from, to);
	}

	@Test
	void theTreeComesBackRenderedAsItWasPosted() throws Exception {
		String posted = json.writeValueAsString(tree());
		// a blank name: the form comes back with its problem and the tree as posted
		String html = body(post("/reports/populations").with(csrf())
			.with(TestUsers.admin())
			.param("name", " ")
			.param("rootUnitIds", String.valueOf(data.province.id()))
			.param("criterion", posted));
		assertThat(html).contains("Tên đối tượng thống kê không được để trống");
		assertThat(criterionOf(html)).isEqualTo(tree());
		String editor = editor(html);
		assertThat(editor).contains("data-op=\"AND\"", "data-op=\"OR\"", "data-op=\"NOT\"", "data-op=\"POSITION\"");
		assertThat(Pattern.compile("data-crit-leaf").matcher(editor).results().count()).isEqualTo(6);
		assertThat(Pattern.compile("data-crit-group").matcher(editor).results().count()).isEqualTo(4);
		assertThat(editor).contains("value=\"FEMALE\" checked", "value=\"CONTRACT\" checked", "value=\"MASS\" checked",
				"value=\"STATE\" checked", "value=\"COMMUNE\" checked");
		assertThat(editor).doesNotContain("value=\"MALE\" checked");
		// the SUBTREE leaf: the unit picker with the chosen commune, by name
		assertThat(editor).contains("name=\"critunits-3-3\" value=\"" + data.communeA.id() + "\"",
				data.communeA.name());
		// both roots chosen in the picker
		assertThat(html).contains("name=\"rootUnitIds\" value=\"" + data.province.id() + "\"");
	}

	@Test
	void aSavedTreeIsShownOnTheEditPage() throws Exception {
		String location = mvc
			.perform(post("/reports/populations").with(csrf())
				.with(TestUsers.admin())
				.param("name", "Cây điều kiện (editor)")
				.param("rootUnitIds", String.valueOf(data.province.id()))
				.param("asOf", "30/06/2026")
				.param("criterion", json.writeValueAsString(tree())))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll(".*pop=(\\d+).*", "$1"));
		Assumptions.assumeTrue(populations.get(id).criterion() != null,
				"the engine (issue 14, point 1) stores the criterion");
		String html = body(get("/reports/populations/" + id).with(TestUsers.admin()));
		assertThat(criterionOf(html)).isEqualTo(tree());
		assertThat(editor(html)).contains("data-op=\"POSITION\"", "value=\"MASS\" checked");
	}

	@Test
	void thePreviewCountsAndListsThePersonsOfTheRootsOnTheDate() throws Exception {
		String html = body(post("/reports/populations/preview").with(csrf())
			.with(TestUsers.admin())
			.param("rootUnitIds", String.valueOf(data.communeB.id()))
			.param("asOf", "30/06/2026")
			.param("criterion", ""));
		assertThat(html)
			.contains("Số người: 5 (ngày 30/06/2026)", "Bình Một", "Bình Hai", "Bình Ba", "Bình Bốn", "Bình Năm",
					"30/06/1980", data.ubndB.name(), "/persons/")
			.doesNotContain("Sắp Đến", "An Một", "data-preview-errors");
		assertThat(html).contains("Lưu đối tượng thống kê để xem danh sách đầy đủ");
		// a day later the newcomer counts; a saved population links to its full list
		String later = body(post("/reports/populations/preview").with(csrf())
			.with(TestUsers.admin())
			.param("id", "77")
			.param("rootUnitIds", String.valueOf(data.communeB.id()))
			.param("asOf", "01/07/2026"));
		assertThat(later).contains("Số người: 6 (ngày 01/07/2026)", "Sắp Đến",
				"/reports/persons?pop=77&amp;date=2026-07-01");
	}

	@Test
	void badTreesAreRefusedWithEveryProblemNamed() throws Exception {
		String garbled = body(post("/reports/populations/preview").with(csrf())
			.with(TestUsers.admin())
			.param("rootUnitIds", String.valueOf(data.communeB.id()))
			.param("criterion", "{\"op\":\"XOR\",\"of\":[")); // not JSON, not an operator
		assertThat(garbled).contains("data-preview-errors", "Điều kiện không đọc được").doesNotContain("Số người:");
		Criterion incomplete = Criterion.and(Criterion.in("GENDER", List.of()),
				new Criterion(Criterion.Op.NOT, null, null, List.of()),
				Criterion.position(Criterion.in("GENDER", List.of("FEMALE"))), Criterion.in("RELIGION_X", List.of("1")),
				Criterion.in("ADMIN_LEVEL", List.of("VILLAGE")));
		String problems = body(post("/reports/populations/preview").with(csrf())
			.with(TestUsers.admin())
			.param("criterion", json.writeValueAsString(incomplete)));
		assertThat(problems).contains("Điều kiện 1 (Giới tính): chọn ít nhất một giá trị.",
				"Nhóm 2: chưa có điều kiện nào.",
				"Điều kiện 3.1: trong nhóm &quot;Giữ một chức vụ&quot; chỉ dùng tiêu chí về chức vụ và đơn vị",
				"Điều kiện 4: tiêu chí &quot;RELIGION_X&quot; không có",
				"Điều kiện 5 (Cấp hành chính): giá trị &quot;VILLAGE&quot; không có.");
		// saving the garbled tree: the form with the problem, nothing saved, no 500
		String form = body(post("/reports/populations").with(csrf())
			.with(TestUsers.admin())
			.param("name", "Không lưu (editor)")
			.param("criterion", "[1, 2"));
		assertThat(form).contains("data-form-errors", "Điều kiện không đọc được", "Không lưu (editor)");
		assertThat(populations.list().stream().map(Population::name)).doesNotContain("Không lưu (editor)");
	}

	@Test
	void aRootOutsideTheScopeIsRefusedWithoutACount() throws Exception {
		String html = body(post("/reports/populations/preview").with(csrf())
			.with(TestUsers.officer(data.communeA.id()))
			.param("rootUnitIds", String.valueOf(data.communeA.id()))
			.param("rootUnitIds", String.valueOf(data.communeB.id()))
			.param("asOf", "30/06/2026"));
		assertThat(html).contains("Đơn vị gốc không tồn tại hoặc ngoài phạm vi quản lý")
			.doesNotContain("Số người:", "Bình", data.communeB.name());
		String own = body(post("/reports/populations/preview").with(csrf())
			.with(TestUsers.officer(data.communeA.id()))
			.param("rootUnitIds", String.valueOf(data.communeA.id()))
			.param("asOf", "30/06/2026"));
		assertThat(own).contains("Số người: 7 (ngày 30/06/2026)", "An Một").doesNotContain("Bình");
	}

}

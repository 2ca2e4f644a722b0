package vn.canbo.org;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.canbo.org.OrgFixtures.code;
import static vn.canbo.org.OrgFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

@SpringBootTest
@AutoConfigureMockMvc
class UnitPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	UnitView province;

	UnitView a;

	UnitView hamlet;

	UnitView b;

	@BeforeEach
	void setUp() {
		province = unit(units, "Tỉnh Giao Diện", "DIA_BAN", AdminLevel.PROVINCE, null);
		a = unit(units, "Xã Hoa Mai", "DIA_BAN", AdminLevel.COMMUNE, province.id());
		hamlet = unit(units, "Thôn Đông", "THON", AdminLevel.HAMLET, a.id());
		b = unit(units, "Xã Hoa Đào", "DIA_BAN", AdminLevel.COMMUNE, province.id());
	}

	@Test
	void treePageShowsScopeAndLazyChildren() throws Exception {
		mvc.perform(get("/units").with(TestUsers.officer(province.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỉnh Giao Diện")))
			.andExpect(content().string(containsString("hx-get=\"/units/" + province.id() + "/children")));
		mvc.perform(get("/units/" + province.id() + "/children").param("asOf", "2024-01-01")
			.with(TestUsers.officer(province.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Hoa Mai")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/units").param("q", "hoa dao").with(TestUsers.officer(a.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Xã Hoa Đào"))));
		mvc.perform(get("/units").param("q", "hoa dao").with(TestUsers.officer(province.id())))
			.andExpect(content().string(containsString("Xã Hoa Đào")));
	}

	@Test
	void detailPageAndScope() throws Exception {
		mvc.perform(get("/units/" + a.id()).with(TestUsers.officer(a.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thôn Đông")))
			.andExpect(content().string(containsString("f-rename")));
		mvc.perform(get("/units/" + a.id()).with(TestUsers.as(Role.LEADER, a.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("f-rename"))));
		mvc.perform(get("/units/" + b.id()).with(TestUsers.officer(a.id()))).andExpect(status().isNotFound());
	}

	@Test
	void formsApplyRestructuringsOrShowErrors() throws Exception {
		mvc.perform(post("/units/" + a.id() + "/rename").with(TestUsers.as(Role.LEADER, a.id()))
			.with(csrf())
			.param("name", "Xã Hoa Mai Mới")
			.param("effectiveDate", "2025-07-01")).andExpect(status().isForbidden());
		mvc.perform(post("/units/" + a.id() + "/rename").with(TestUsers.officer(a.id()))
			.with(csrf())
			.param("name", "Xã Hoa Mai Mới")
			.param("effectiveDate", "2025-07-01")
			.param("decisionNumber", "QĐ 9"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/units/" + a.id()))
			.andExpect(flash().attribute("okKey", "org.ok.renamed"));
		assertThat(units.find(a.id(), LocalDate.of(2025, 7, 1)).orElseThrow().name()).isEqualTo("Xã Hoa Mai Mới");
		mvc.perform(post("/units/" + a.id() + "/rename").with(TestUsers.officer(a.id()))
			.with(csrf())
			.param("name", "Tên khác")
			.param("effectiveDate", "2001-01-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("errors"));
		String c = code("M");
		mvc.perform(post("/units/" + a.id() + "/merge").with(TestUsers.officer(province.id()))
			.with(csrf())
			.param("otherCodes", b.code())
			.param("successor", "NEW")
			.param("newCode", c)
			.param("newName", "Xã Hoa")
			.param("newTypeCode", "DIA_BAN")
			.param("effectiveDate", "2025-08-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("okKey", "org.ok.merged"));
		UnitView merged = units.findByCode(c, LocalDate.of(2025, 8, 1)).orElseThrow();
		mvc.perform(get("/units/" + merged.id()).with(TestUsers.officer(province.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Hoa Mai Mới")))
			.andExpect(content().string(containsString("Xã Hoa Đào")));
		mvc.perform(get("/units/" + a.id()).with(TestUsers.officer(province.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("f-rename"))));
		mvc.perform(post("/units/" + merged.id() + "/quota").with(TestUsers.officer(province.id()))
			.with(csrf())
			.param("year", "2026")
			.param("quota", "20")).andExpect(flash().attribute("okKey", "org.ok.quota"));
	}

	@Test
	void everyFormPreviewsFirstAndThePreviewWritesNothing() throws Exception {
		var officer = TestUsers.officer(province.id());
		mvc.perform(post("/units/" + a.id() + "/dissolve/preview").with(officer)
			.with(csrf())
			.param("successorId", String.valueOf(b.id()))
			.param("childrenToSuccessor", "true")
			.param("effectiveDate", "2025-09-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hợp nhất vào Xã Hoa Đào")))
			.andExpect(content().string(containsString("Giữ nguyên tên, trực thuộc Xã Hoa Đào")))
			.andExpect(content().string(containsString("data-confirm=\"Giải thể Xã Hoa Mai từ ngày 01/09/2025")))
			.andExpect(content().string(containsString("name=\"successorId\" value=\"" + b.id() + "\"")));
		mvc.perform(post("/units/" + hamlet.id() + "/move/preview").with(officer)
			.with(csrf())
			.param("parentId", String.valueOf(b.id()))
			.param("effectiveDate", "2025-09-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giữ nguyên tên, trực thuộc Xã Hoa Đào")));
		mvc.perform(post("/units/" + a.id() + "/split/preview").with(officer)
			.with(csrf())
			.param("newUnits", code("S1") + " | Xã Hoa Mai Bắc\n" + code("S2") + " | Xã Hoa Mai Nam")
			.param("effectiveDate", "2025-09-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hợp nhất vào Xã Hoa Mai Bắc, Xã Hoa Mai Nam")));
		// outside the scope: the 404 of an absent unit
		mvc.perform(post("/units/" + b.id() + "/merge/preview").with(TestUsers.officer(a.id()))
			.with(csrf())
			.param("effectiveDate", "2025-09-01")).andExpect(status().isNotFound());
		// a forged choice for a subordinate body: back to the unit with the error, not a
		// 500
		mvc.perform(post("/units/" + a.id() + "/merge/preview").with(officer)
			.with(csrf())
			.param("otherCodes", b.code())
			.param("successor", "THIS")
			.param("body." + hamlet.id(), "EXPLODE")
			.param("effectiveDate", "2025-09-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("errors"));
		// invalid: back to the unit with the errors
		mvc.perform(post("/units/" + a.id() + "/rename/preview").with(officer).with(csrf()).param("name", "X"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("errors"));
		LocalDate d = LocalDate.of(2025, 9, 1);
		assertThat(units.find(a.id(), d)).isPresent();
		assertThat(units.find(hamlet.id(), d).orElseThrow().parentId()).isEqualTo(a.id());
		assertThat(units.history(a.id()).versions()).hasSize(1);
	}

}

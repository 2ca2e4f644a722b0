package vn.canbo.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

/** The /catalogs pages in Vietnamese, with forms for administrators only. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CatalogPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogs catalogs;

	@Test
	void listOfListsInVietnamese() throws Exception {
		mvc.perform(get("/catalogs").with(TestUsers.as(Role.LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Danh mục dùng chung")))
			.andExpect(content().string(containsString("Dân tộc")))
			.andExpect(content().string(containsString("Trình độ giáo dục phổ thông")))
			.andExpect(content().string(containsString("Ngạch công chức, viên chức")));
		mvc.perform(get("/catalogs").param("lang", "en").with(TestUsers.as(Role.LEADER)))
			.andExpect(content().string(containsString("Ethnic groups")));
	}

	@Test
	void rankPageShowsCoefficientsAndNoFormsForReaders() throws Exception {
		mvc.perform(get("/catalogs/RANK").with(TestUsers.as(Role.LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chuyên viên")))
			.andExpect(content().string(containsString("2,34")))
			.andExpect(content().string(containsString("4,98")))
			.andExpect(content().string(containsString(">6,20<")))
			.andExpect(content().string(containsString("01/01/1900")))
			.andExpect(content().string(not(containsString("Thêm mục"))));
		mvc.perform(get("/catalogs/RANK").with(TestUsers.admin()))
			.andExpect(content().string(containsString("Thêm mục")));
		mvc.perform(get("/catalogs/NO_SUCH").with(TestUsers.admin())).andExpect(status().isNotFound());
		mvc.perform(get("/catalogs")).andExpect(status().is3xxRedirection());
	}

	@Test
	void adminAddsEditsAndEndsThroughForms() throws Exception {
		String code = "ZZ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		mvc.perform(post("/catalogs/DISCIPLINE_FORM").with(TestUsers.admin())
			.with(csrf())
			.param("code", code)
			.param("name", "")
			.param("attributes", "severity=0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Tên là bắt buộc")))
			.andExpect(content().string(containsString("Mức độ kỷ luật phải là số nguyên từ 1")));
		mvc.perform(post("/catalogs/DISCIPLINE_FORM").with(TestUsers.admin())
			.with(csrf())
			.param("code", code)
			.param("name", "Hình thức thử")
			.param("attributes", "severity=2")
			.param("validFrom", "2020-01-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/catalogs/DISCIPLINE_FORM?all=true"));
		CatalogItem created = catalogs.find(CatalogType.DISCIPLINE_FORM, code).orElseThrow();
		mvc.perform(get("/catalogs/DISCIPLINE_FORM/" + code + "/edit").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(post("/catalogs/DISCIPLINE_FORM/" + code).with(TestUsers.admin())
			.with(csrf())
			.param("name", "Tên mới")
			.param("attributes", "severity=3")
			.param("version", String.valueOf(created.version()))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/catalogs/DISCIPLINE_FORM/" + code).with(TestUsers.admin())
			.with(csrf())
			.param("name", "Ghi đè")
			.param("attributes", "severity=3")
			.param("version", String.valueOf(created.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("vừa được người khác sửa")));
		mvc.perform(post("/catalogs/DISCIPLINE_FORM/" + code + "/end").with(TestUsers.admin())
			.with(csrf())
			.param("date", "2019-01-01")).andExpect(status().isBadRequest());
		mvc.perform(post("/catalogs/DISCIPLINE_FORM/" + code + "/end").with(TestUsers.admin())
			.with(csrf())
			.param("date", "2026-01-01")).andExpect(status().is3xxRedirection());
		CatalogItem ended = catalogs.find(CatalogType.DISCIPLINE_FORM, code).orElseThrow();
		org.assertj.core.api.Assertions.assertThat(ended.name()).isEqualTo("Tên mới");
		org.assertj.core.api.Assertions.assertThat(ended.validTo()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
		mvc.perform(get("/catalogs/DISCIPLINE_FORM").param("all", "true").with(TestUsers.admin()))
			.andExpect(content().string(containsString("31/12/2025")))
			.andExpect(content().string(containsString("Đã hết hiệu lực")));
	}

	@Test
	void readersCannotPostForms() throws Exception {
		mvc.perform(post("/catalogs/RELIGION").with(TestUsers.as(Role.LEADER))
			.with(csrf())
			.param("code", "ZZLEADER")
			.param("name", "x")).andExpect(status().isForbidden());
		mvc.perform(get("/catalogs/RELIGION/01/edit").with(TestUsers.as(Role.LEADER)))
			.andExpect(status().isForbidden());
	}

}

package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.people.PersonLookup;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

@SpringBootTest
@AutoConfigureMockMvc
class ImportApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportFixture fx;

	@Autowired
	ObjectMapper json;

	@Autowired
	PersonLookup lookup;

	ImportFixture.Tree tree;

	@BeforeEach
	void setUp() {
		ImportFixture.signIn(Role.ADMIN);
		tree = fx.tree();
		ImportFixture.signOut();
	}

	private JsonNode await(long id, RequestPostProcessor user) throws Exception {
		for (int i = 0; i < 600; i++) {
			JsonNode j = json.readTree(mvc.perform(get("/api/v1/imports/{id}", id).with(user))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			String s = j.get("status").asString();
			if (!s.equals("READING") && !s.equals("COMMITTING")) {
				return j;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("job did not finish");
	}

	@Test
	void uploadPreviewCommitAndDownloadsThroughTheApi() throws Exception {
		RequestPostProcessor officer = TestUsers.officer(tree.a().id());
		mvc.perform(get("/api/v1/imports/templates").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("PERSONS")))
			.andExpect(jsonPath("$[*].code", hasItem("SALARIES")));
		mvc.perform(get("/api/v1/imports/templates/PERSONS.xlsx").with(officer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));

		String inside = ImportFixture.nationalId();
		byte[] file = Sheets.simple(fx.personColumns(), "Cán bộ",
				List.of(ImportFixture.person(tree.a().code(), "Mai Văn Tiến", inside),
						ImportFixture.person(tree.b().code(), "Mai Văn Lùi", ImportFixture.nationalId())));
		String body = mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "danh-sach.xlsx", "application/octet-stream", file))
				.param("template", "PERSONS")
				.with(officer))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = json.readTree(body).get("id").asLong();
		JsonNode job = await(id, officer);
		assertThat(job.get("status").asString()).isEqualTo("READY");
		assertThat(job.get("errorRows").asInt()).isEqualTo(1);
		mvc.perform(get("/api/v1/imports/{id}/issues", id).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].row").value(3))
			.andExpect(jsonPath("$.items[0].header").value("Mã đơn vị công tác"))
			.andExpect(jsonPath("$.items[0].message", containsString("ngoài phạm vi quản lý")));

		mvc.perform(post("/api/v1/imports/{id}/commit", id).with(officer))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("dòng có lỗi")));
		assertThat(lookup.byNationalIds(List.of(inside))).isEmpty();
		mvc.perform(post("/api/v1/imports/{id}/commit", id).param("skipInvalid", "true")
			.param("duplicates", "UPDATE")
			.with(officer)).andExpect(status().isAccepted());
		job = await(id, officer);
		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(job.get("createdCount").asInt()).isEqualTo(1);
		assertThat(lookup.byNationalIds(List.of(inside))).hasSize(1);

		mvc.perform(get("/api/v1/imports/{id}/rejected.xlsx", id).with(officer)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/imports.xlsx").with(officer)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/imports").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));

		// another officer does not see the job; a leader may not import at all
		RequestPostProcessor colleague = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(new vn.canbo.security.CanboUser(-7, "dong-nghiep", "{noop}x", "Đồng nghiệp", Role.ORG_OFFICER,
					java.util.Set.of(tree.b().id()), true));
		mvc.perform(get("/api/v1/imports/{id}", id).with(colleague)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/imports/{id}/rejected.xlsx", id).with(colleague)).andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/imports")
			.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", file))
			.param("template", "PERSONS")
			.with(TestUsers.as(Role.LEADER, tree.a().id()))).andExpect(status().isForbidden());

		// pages
		mvc.perform(get("/imports").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập dữ liệu từ Excel")))
			.andExpect(content().string(containsString("danh-sach.xlsx")));
		mvc.perform(get("/imports/{id}", id).with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ngoài phạm vi quản lý")))
			.andExpect(content().string(containsString("Hoàn thành")));
		mvc.perform(get("/imports/{id}/status", id).with(officer)).andExpect(status().isOk());
		mvc.perform(get("/imports").with(TestUsers.as(Role.LEADER, tree.a().id()))).andExpect(status().isForbidden());
	}

	@Test
	void pageUploadRedirectsToTheJobWithItsProgress() throws Exception {
		RequestPostProcessor officer = TestUsers.officer(tree.a().id());
		byte[] file = Sheets.simple(fx.personColumns(), "Cán bộ",
				List.of(ImportFixture.person(tree.a().code(), "Cao Văn Sơn", ImportFixture.nationalId())));
		String location = mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", file))
				.param("template", "PERSONS")
				.with(officer)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/imports/");
		long id = Long.parseLong(location.substring("/imports/".length()));
		assertThat(await(id, officer).get("validRows").asInt()).isEqualTo(1);
		mvc.perform(post("/imports/{id}/commit", id).param("duplicates", "SKIP")
			.with(officer)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(await(id, officer).get("status").asString()).isEqualTo("DONE");
		Map<String, Object> unused = Map.of();
		assertThat(unused).isEmpty();
	}

}

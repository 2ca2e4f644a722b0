package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.canbo.security.CanboUser;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

/**
 * Issue 20 point 1: every download the pages offer works with the page's own session (a
 * logged-in browser user, no token): no template links to /api/v1, and the import page's
 * template, history and rejected-rows downloads answer .xlsx through their UI routes,
 * permission- and owner-checked like the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportDownloadsWebTest {

	static final String XLSX = "spreadsheetml";

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportFixture fx;

	ImportFixture.Tree tree;

	@BeforeEach
	void setUp() {
		ImportFixture.signIn(Role.ADMIN);
		tree = fx.tree();
		ImportFixture.signOut();
	}

	@Test
	void noTemplateLinksToTheRestApi() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offenders = files.filter(p -> p.toString().endsWith(".html")).filter(p -> {
				try {
					return Files.readString(p).contains("/api/v1");
				}
				catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}).map(Path::toString).toList();
			assertThat(offenders).as("templates linking to /api/v1 (401 for a browser session)").isEmpty();
		}
	}

	@Test
	void theImportPageOffersTemplatesThatDownloadWithTheSession() throws Exception {
		RequestPostProcessor officer = TestUsers.officer(tree.a().id());
		mvc.perform(get("/imports").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/api/v1"))))
			.andExpect(content().string(containsString("href=\"/imports/templates/PERSONS.xlsx\"")))
			.andExpect(content().string(containsString("href=\"/imports.xlsx\"")));
		byte[] body = mvc.perform(get("/imports/templates/PERSONS.xlsx").with(officer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString(XLSX)))
			.andExpect(header().string("Content-Disposition", containsString("mau-nhap-persons.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(body, 0, 2)).isEqualTo("PK");
		mvc.perform(get("/imports/templates/NO_SUCH.xlsx").with(officer)).andExpect(status().isNotFound());
		mvc.perform(get("/imports.xlsx").with(officer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString(XLSX)));
	}

	@Test
	void downloadsKeepTheApisPermissions() throws Exception {
		RequestPostProcessor clerk = TestUsers.as(Role.CLERK, tree.a().id());
		// the clerk may import but not export: no history export offered, and refused
		mvc.perform(get("/imports").with(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/imports.xlsx\""))));
		mvc.perform(get("/imports.xlsx").with(clerk)).andExpect(status().isForbidden());
		// a leader may not import at all
		mvc.perform(get("/imports/templates/PERSONS.xlsx").with(TestUsers.as(Role.LEADER, tree.a().id())))
			.andExpect(status().isForbidden());
		// no session: the login page, not a Basic pop-up
		mvc.perform(get("/imports/templates/PERSONS.xlsx"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
	}

	@Test
	void rejectedRowsDownloadWithTheSessionForTheOwnerOnly() throws Exception {
		RequestPostProcessor officer = TestUsers.officer(tree.a().id());
		byte[] file = Sheets.simple(fx.personColumns(), "Cán bộ",
				List.of(ImportFixture.person(tree.a().code(), "Mai Văn Tải", ImportFixture.nationalId()),
						ImportFixture.person(tree.b().code(), "Mai Văn Lỗi", ImportFixture.nationalId())));
		String location = mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "dong-loi.xlsx", "application/octet-stream", file))
				.param("template", "PERSONS")
				.with(officer)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String page = "";
		for (int i = 0; i < 600 && !page.contains("href=\"/imports/" + id + "/rejected.xlsx\""); i++) {
			Thread.sleep(50);
			page = mvc.perform(get("/imports/{id}", id).with(officer)).andReturn().getResponse().getContentAsString();
		}
		assertThat(page).contains("href=\"/imports/" + id + "/rejected.xlsx\"").doesNotContain("/api/v1");
		mvc.perform(get("/imports/{id}/rejected.xlsx", id).with(officer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString(XLSX)))
			.andExpect(header().string("Content-Disposition", containsString("dong-loi-lan-nhap-" + id)));
		RequestPostProcessor colleague = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(new CanboUser(-7, "dong-nghiep", "{noop}x", "Đồng nghiệp", Role.ORG_OFFICER,
					java.util.Set.of(tree.a().id()), true));
		mvc.perform(get("/imports/{id}/rejected.xlsx", id).with(colleague)).andExpect(status().isNotFound());
		mvc.perform(get("/imports/{id}", id).with(colleague)).andExpect(status().isNotFound());
		mvc.perform(get("/imports/{id}/rejected.xlsx", 987654321L).with(officer)).andExpect(status().isNotFound());
	}

}

package vn.canbo.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;

/**
 * Issue 12, point 14: an administrator restricted to a commune lists only the accounts
 * whose scope lies in that commune, and so sees no other account's e-mail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UserListScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UnitService units;

	final String tag = "l" + UUID.randomUUID().toString().substring(0, 6);

	long province;

	long communeA;

	long hamletOfA;

	long communeB;

	long unit(String type, AdminLevel level, Long parent) {
		String uid = UUID.randomUUID().toString().substring(0, 8);
		return units
			.create(new UnitService.NewUnit("U" + uid, "Đơn vị " + uid, null, type, level, parent,
					LocalDate.of(2020, 1, 1)))
			.id();
	}

	String account(String name, Role role, Long... scope) {
		String username = tag + name;
		accounts.insert(username, "Hoa-sen-tim-2025", "Người " + name, username + "@example.vn", role, Set.of(scope),
				true);
		return username;
	}

	@BeforeEach
	void tree() {
		province = unit("TINH_UY", AdminLevel.PROVINCE, null);
		communeA = unit("DANG_UY_XA", AdminLevel.COMMUNE, province);
		hamletOfA = unit("CHI_BO", AdminLevel.COMMUNE, communeA);
		communeB = unit("DANG_UY_XA", AdminLevel.COMMUNE, province);
	}

	@Test
	void aCommuneAdministratorSeesOnlyTheAccountsOfTheirCommune() throws Exception {
		String inA = account("a", Role.ORG_OFFICER, communeA);
		String inHamlet = account("h", Role.CLERK, hamletOfA);
		String inB = account("b", Role.ORG_OFFICER, communeB);
		String straddling = account("ab", Role.LEADER, communeA, communeB);
		String province = account("p", Role.AUDITOR, this.province);
		String root = account("r", Role.ADMIN);
		var commune = mvc.perform(get("/admin/users").param("q", tag).with(TestUsers.as(Role.ADMIN, communeA)))
			.andExpect(status().isOk());
		for (String visible : new String[] { inA, inHamlet }) {
			commune.andExpect(content().string(containsString(">" + visible + "<")));
		}
		for (String hidden : new String[] { inB, straddling, province, root }) {
			commune.andExpect(content().string(not(containsString(hidden + "@example.vn"))))
				.andExpect(content().string(not(containsString(">" + hidden + "<"))));
		}
		// the whole-tree administrator sees everyone
		var all = mvc.perform(get("/admin/users").param("q", tag).with(TestUsers.admin())).andExpect(status().isOk());
		for (String u : new String[] { inA, inHamlet, inB, straddling, province, root }) {
			all.andExpect(content().string(containsString(">" + u + "<")));
		}
		// the e-mail shows on the form of an account in the commune only
		mvc.perform(
				get("/admin/users/" + accounts.find(inA).orElseThrow().id()).with(TestUsers.as(Role.ADMIN, communeA)))
			.andExpect(content().string(containsString(inA + "@example.vn")));
		mvc.perform(
				get("/admin/users/" + accounts.find(inB).orElseThrow().id()).with(TestUsers.as(Role.ADMIN, communeA)))
			.andExpect(content().string(not(containsString(inB + "@example.vn"))));
	}

}

package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.people.PersonLookup;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;

/**
 * What the import tests share: a fresh unit tree per test, signed in as an administrator,
 * and lookups of results.
 */
@SpringBootTest
abstract class ImportTestSupport {

	@Autowired
	ImportService imports;

	@Autowired
	ImportFixture fx;

	@Autowired
	PersonLookup lookup;

	@Autowired
	PersonService people;

	@Autowired
	JdbcClient jdbc;

	ImportFixture.Tree tree;

	@BeforeEach
	void setUpTree() {
		ImportFixture.signIn(Role.ADMIN);
		tree = fx.tree();
	}

	@AfterEach
	void signOutAfter() {
		ImportFixture.signOut();
	}

	/** The one person with this national ID, whole. */
	PersonView byNationalId(String id) {
		List<PersonLookup.Match> m = lookup.byNationalIds(List.of(id));
		assertThat(m).as("person with national ID " + id).hasSize(1);
		return people.get(m.get(0).id(), null, Scope.all());
	}

}

package vn.canbo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read cache across transactions: other threads never keep a list loaded before a
 * commit.
 */
@SpringBootTest
class CatalogCacheTest {

	@Autowired
	CatalogAdmin admin;

	@Autowired
	Catalogs catalogs;

	@Autowired
	TransactionTemplate tx;

	@Test
	void readersSeeTheEditOnceItIsCommitted() {
		String code = "ZZ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		CatalogItem created = admin.create(CatalogType.IT_LEVEL,
				new CatalogAdmin.NewItem(code, "Trước", null, null, null, Map.of(), null, null));
		assertThat(catalogs.name(CatalogType.IT_LEVEL, code)).isEqualTo("Trước");

		tx.executeWithoutResult(s -> {
			admin.edit(CatalogType.IT_LEVEL, code,
					new CatalogAdmin.ItemEdit("Sau", null, null, null, created.version()));
			// another thread, before the commit, loads the old row into the cache
			String seenElsewhere = CompletableFuture.supplyAsync(() -> catalogs.name(CatalogType.IT_LEVEL, code))
				.join();
			assertThat(seenElsewhere).isEqualTo("Trước");
		});
		// after the commit the stale list is gone
		assertThat(CompletableFuture.supplyAsync(() -> catalogs.name(CatalogType.IT_LEVEL, code)).join())
			.isEqualTo("Sau");

		tx.executeWithoutResult(s -> {
			admin.end(CatalogType.IT_LEVEL, code, LocalDate.of(2030, 1, 1), null);
			s.setRollbackOnly();
		});
		assertThat(catalogs.find(CatalogType.IT_LEVEL, code).orElseThrow().validTo()).isNull();
	}

}

package vn.canbo.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.catalog.CatalogChanged;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.Catalogs;

/**
 * Which qualification level is highest: the order of each kind's level catalog, copied
 * into the people module's {@code qualification_level_rank} (migration V4_24), from which
 * {@code person_fact} keeps the highest level held in each period. The copy is brought up
 * to date at start-up (before the application serves anyone) and inside the transaction
 * of every catalog change; when an order changes, the highest levels of the facts are
 * recomputed in the same transaction, so a reordered catalog shows in the next report.
 */
@Component
class LevelRanks implements SmartInitializingSingleton {

	private final JdbcClient jdbc;

	private final Catalogs catalogs;

	private final TransactionTemplate tx;

	LevelRanks(JdbcClient jdbc, Catalogs catalogs, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.tx = new TransactionTemplate(transactions);
	}

	@Override
	public void afterSingletonsInstantiated() {
		tx.executeWithoutResult(s -> sync(EnumSet.allOf(QualificationKind.class)));
	}

	/** Runs in the catalog change's transaction. */
	@EventListener
	void on(CatalogChanged changed) {
		Set<QualificationKind> kinds = EnumSet.noneOf(QualificationKind.class);
		for (QualificationKind k : QualificationKind.values()) {
			if (k.levelCatalog() == changed.catalog()) {
				kinds.add(k);
			}
		}
		sync(kinds);
	}

	/**
	 * The kinds whose order changed are copied again and their highest levels recomputed.
	 */
	private void sync(Set<QualificationKind> kinds) {
		Map<QualificationKind, List<String>> changed = new EnumMap<>(QualificationKind.class);
		for (QualificationKind k : kinds) {
			if (k.levelCatalog() == null) {
				continue;
			}
			List<String> order = catalogs.list(k.levelCatalog(), null).stream().map(CatalogItem::code).toList();
			List<String> stored = jdbc.sql("select code from qualification_level_rank where kind = ? order by rank")
				.param(k.name())
				.query(String.class)
				.list();
			if (!order.equals(stored)) {
				changed.put(k, order);
			}
		}
		if (changed.isEmpty()) {
			return;
		}
		// writers of person_fact wait, and are waited for: a fact written meanwhile with
		// the old order would be missed
		jdbc.sql("lock table person_fact in share row exclusive mode").update();
		List<String> set = new ArrayList<>();
		List<String> differs = new ArrayList<>();
		changed.forEach((k, order) -> {
			jdbc.sql("delete from qualification_level_rank where kind = ?").param(k.name()).update();
			jdbc.sql("insert into qualification_level_rank (kind, code, rank)"
					+ " select ?, c, n from unnest(cast(? as text[])) with ordinality u(c, n)")
				.params(k.name(), order.toArray(String[]::new))
				.update();
			String column = k.name().toLowerCase(Locale.ROOT);
			String top = "qualification_top('" + k.name() + "', " + column + ")";
			set.add(column + "_top = " + top);
			differs.add(column + "_top is distinct from " + top);
		});
		// one statement for all kinds: each fact row is rewritten at most once
		jdbc.sql("update person_fact set " + String.join(", ", set) + " where " + String.join(" or ", differs))
			.update();
	}

}

package vn.canbo.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads catalogs from {@code catalog_item}. Lists are small and read on every validation,
 * so each list is cached in memory and dropped whenever it is edited ({@link #evict}).
 */
@Service
class CatalogService implements Catalogs {

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Map<CatalogType, Map<String, CatalogItem>> cache = new ConcurrentHashMap<>();

	/** Key of the set of lists changed by the current transaction. */
	private final Object dirtyKey = new Object();

	CatalogService(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public Optional<CatalogItem> find(CatalogType catalog, String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(all(catalog).get(code));
	}

	@Override
	public List<CatalogItem> list(CatalogType catalog, LocalDate on) {
		return all(catalog).values()
			.stream()
			.filter(i -> on == null || i.validOn(on))
			.sorted(Comparator.comparingInt(CatalogItem::sortOrder).thenComparing(CatalogItem::code))
			.toList();
	}

	/**
	 * Every entry of a list, valid or not, by code. A transaction that changed the list
	 * reads it from the database without caching it, so uncommitted rows never reach
	 * other threads.
	 */
	Map<String, CatalogItem> all(CatalogType catalog) {
		if (dirtyInTransaction().contains(catalog)) {
			return load(catalog);
		}
		return cache.computeIfAbsent(catalog, this::load);
	}

	private Map<String, CatalogItem> load(CatalogType c) {
		Map<String, CatalogItem> m = new LinkedHashMap<>();
		jdbc.sql("select * from catalog_item where catalog = ? order by sort_order, code")
			.param(c.name())
			.query(this::map)
			.list()
			.forEach(i -> m.put(i.code(), i));
		return java.util.Collections.unmodifiableMap(m);
	}

	@SuppressWarnings("unchecked")
	private Set<CatalogType> dirtyInTransaction() {
		Object s = TransactionSynchronizationManager.isSynchronizationActive()
				? TransactionSynchronizationManager.getResource(dirtyKey) : null;
		return s == null ? Set.of() : (Set<CatalogType>) s;
	}

	/** Comma-separated values, trimmed, blanks dropped, in order. */
	static List<String> splitList(String csv) {
		return csv == null ? List.of()
				: Arrays.stream(csv.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

	/**
	 * Drops a list from the cache. Inside a transaction the list is also marked as
	 * changed: until the transaction ends this thread reads it uncached, and when it ends
	 * (commit or rollback) the list is dropped again, so a reader that loaded it
	 * meanwhile (seeing the old rows) cannot keep it.
	 */
	void evict(CatalogType catalog) {
		cache.remove(catalog);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		@SuppressWarnings("unchecked")
		Set<CatalogType> dirty = (Set<CatalogType>) TransactionSynchronizationManager.getResource(dirtyKey);
		if (dirty == null) {
			Set<CatalogType> changed = java.util.EnumSet.noneOf(CatalogType.class);
			TransactionSynchronizationManager.bindResource(dirtyKey, changed);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(dirtyKey);
					changed.forEach(cache::remove);
				}
			});
			dirty = changed;
		}
		dirty.add(catalog);
	}

	private CatalogItem map(ResultSet rs, int n) throws SQLException {
		return new CatalogItem(CatalogType.valueOf(rs.getString("catalog")), rs.getString("code"), rs.getString("name"),
				rs.getString("name_en"), rs.getInt("sort_order"), rs.getString("parent_code"),
				java.util.Collections.unmodifiableMap(json.readValue(rs.getString("attributes"), MAP)),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getInt("version"));
	}

}

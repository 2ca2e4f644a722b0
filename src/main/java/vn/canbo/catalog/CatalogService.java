package vn.canbo.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads catalogs from {@code catalog_item}. Lists are small and read on every validation, so each
 * list is cached in memory and dropped whenever it is edited ({@link #evict}).
 */
@Service
class CatalogService implements Catalogs {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Map<CatalogType, Map<String, CatalogItem>> cache = new ConcurrentHashMap<>();

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
        return all(catalog).values().stream().filter(i -> on == null || i.validOn(on))
                .sorted(Comparator.comparingInt(CatalogItem::sortOrder).thenComparing(CatalogItem::code)).toList();
    }

    /** Every entry of a list, valid or not, by code. */
    Map<String, CatalogItem> all(CatalogType catalog) {
        return cache.computeIfAbsent(catalog, c -> {
            Map<String, CatalogItem> m = new LinkedHashMap<>();
            jdbc.sql("select * from catalog_item where catalog = ? order by sort_order, code").param(c.name())
                    .query(this::map).list().forEach(i -> m.put(i.code(), i));
            return Map.copyOf(m);
        });
    }

    void evict(CatalogType catalog) {
        cache.remove(catalog);
    }

    private CatalogItem map(ResultSet rs, int n) throws SQLException {
        return new CatalogItem(CatalogType.valueOf(rs.getString("catalog")), rs.getString("code"), rs.getString("name"),
                rs.getString("name_en"), rs.getInt("sort_order"), rs.getString("parent_code"),
                json.readValue(rs.getString("attributes"), MAP), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getInt("version"));
    }
}

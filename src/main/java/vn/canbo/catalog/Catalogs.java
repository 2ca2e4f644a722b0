package vn.canbo.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read API of the reference lists, for every other module. */
public interface Catalogs {

    Optional<CatalogItem> find(CatalogType catalog, String code);

    /** Entries valid on the date, in display order. */
    List<CatalogItem> list(CatalogType catalog, LocalDate on);

    /** True when the code exists in the list and is valid on the date. */
    default boolean isValid(CatalogType catalog, String code, LocalDate on) {
        return find(catalog, code).map(i -> i.validOn(on)).orElse(false);
    }

    /** The Vietnamese name, or the code itself when unknown. */
    default String name(CatalogType catalog, String code) {
        return code == null ? "" : find(catalog, code).map(CatalogItem::name).orElse(code);
    }
}

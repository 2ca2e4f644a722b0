package vn.canbo.catalog;

/**
 * Published, inside the editing transaction, when an entry of a catalog is added, edited,
 * ended or reopened: modules that keep something derived from a catalog (people: the
 * order of qualification levels) bring it up to date in the same transaction.
 */
public record CatalogChanged(CatalogType catalog) {
}

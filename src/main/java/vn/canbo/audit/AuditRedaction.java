package vn.canbo.audit;

/**
 * SPI: the before/after JSON of an event as the signed-in user may see it. Implemented by
 * people with the dossier's own masking (sensitive fields, family political history,
 * history notes); applied by {@link AuditLog} to every event it reads back (page, API,
 * export).
 */
public interface AuditRedaction {

	/** {@code json} (never null) with what the current user may not see masked. */
	String visible(String entityType, String json);

}

package vn.canbo.imports;

/**
 * What a commit does with rows that match an existing record (same national ID, or name +
 * birth date + home town).
 */
@org.springframework.modulith.NamedInterface("spi")
public enum DuplicateMode {

	/** Update the existing record with the row's non-blank values. */
	UPDATE,
	/** Leave the existing record alone and skip the row. */
	SKIP

}

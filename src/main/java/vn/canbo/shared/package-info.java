/**
 * Small value types and infrastructure every module may use: Vietnamese text folding,
 * partial dates, scopes, paging, problem details, the embedded PostgreSQL. No business
 * rules live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.canbo.shared;

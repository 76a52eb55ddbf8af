/** Database schema steps that are not the shared Flyway migrations: a service's own tables. */
package org.casebridge.platform.schema;

/**
 * The agency directory: every unit of the exchange ({@code TYPE:code}), the divisions (GB/T 2260 codes) they serve
 * and their Ed25519 public keys, read from YAML and checked for consistency. Answers which unit is competent for a
 * division, and manages the key files of local runs.
 */
package org.casebridge.platform.directory;

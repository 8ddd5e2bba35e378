/**
 * Authentication of Victor requests: RSA key reading, RS512 JWT signing and token
 * caching.
 */
@NullMarked
package dev.victor.client.auth;

import org.jspecify.annotations.NullMarked;

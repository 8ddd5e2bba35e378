/**
 * Authentication of Victor requests: RSA key reading, RS512 JWT signing and token caching.
 */
package dev.victor.client.auth;

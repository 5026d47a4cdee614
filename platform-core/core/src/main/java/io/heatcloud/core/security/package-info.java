/**
 * Security: users bound to a node of the tree, password hashing (PBKDF2-HMAC-SHA256), the
 * password policy, login with lockout, API tokens, and the authorisation rules (who may see and
 * change which node).
 */
package io.heatcloud.core.security;

/** Small types shared by the platform's services. */
package io.heatcloud.core.common;

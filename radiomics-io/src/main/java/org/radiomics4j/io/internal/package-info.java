/** Implementation helpers of radiomics-io (sample decoding/encoding, allocation checks); not public API. */
package org.radiomics4j.io.internal;

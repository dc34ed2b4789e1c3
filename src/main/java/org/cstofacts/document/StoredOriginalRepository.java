package org.cstofacts.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredOriginalRepository extends JpaRepository<StoredOriginal, Long> {
}

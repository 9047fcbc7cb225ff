-- A blog in MySQL, written for review lint's golden test, with known flaws named in comments;
-- flawed-blog.mysql.expected.txt lists every finding.

CREATE TABLE `authors` (                              -- cascade-delete-chain (authors → posts → comments)
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,          -- int-primary-key
  `email` VARCHAR(190) NOT NULL,
  `passwd` VARCHAR(64) NOT NULL,                      -- plaintext-password-column
  `status` ENUM('active','banned') NOT NULL,          -- enum-type
  PRIMARY KEY (`id`),
  UNIQUE KEY `authors_email` (`email`),
  KEY `authors_status` (`status`)                     -- low-cardinality-index
) ENGINE=InnoDB DEFAULT CHARSET=utf8;                 -- legacy-utf8-charset (reported at the table name)

CREATE TABLE `posts` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `author_id` INT UNSIGNED NOT NULL,
  `category_id` BIGINT UNSIGNED,                      -- likely-missing-foreign-key
  `title` VARCHAR(200) NOT NULL,
  `tags` VARCHAR(500),                                -- multi-valued-attribute
  `published_at` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',  -- zero-date-default
  `order` INT NOT NULL DEFAULT 0,                     -- reserved-word-identifier
  PRIMARY KEY (`id`),
  KEY `posts_author` (`author_id`),                   -- redundant-index
  KEY `posts_author_published` (`author_id`, `published_at`),
  KEY `posts_category` (`category_id`),
  KEY `posts_category_again` (`category_id`),         -- duplicate-index
  CONSTRAINT `posts_author_fk` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `post_id` BIGINT UNSIGNED NOT NULL,
  `body` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `comments_post` (`post_id`),
  CONSTRAINT `comments_post_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE  -- the chain's second level
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_search` (                          -- non-transactional-engine, inconsistent-naming (singular)
  `post_id` BIGINT UNSIGNED NOT NULL,                  -- likely-missing-foreign-key
  `content` TEXT NOT NULL,
  PRIMARY KEY (`post_id`),
  FULLTEXT KEY `post_search_content` (`content`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoices` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `author_id` INT UNSIGNED NOT NULL,
  `amount` DOUBLE NOT NULL,                           -- float-for-money
  PRIMARY KEY (`id`),
  KEY `invoices_author` (`author_id`),
  CONSTRAINT `invoices_author_fk` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

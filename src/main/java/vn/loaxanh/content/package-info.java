/**
 * Publishing: articles written in Markdown and stored with a sanitized HTML rendering, their
 * editorial workflow (draft → in review → approved → published, unpublished, archived) with
 * revisions, the media library, and the public portal that reads only what is published now: home,
 * article, category, tag, theme and plan pages, accent-insensitive search, RSS and Atom, sitemap.
 * Pages are cached until the next publication change on any instance.
 */
package vn.loaxanh.content;

-- What the last content-file import wrote into each activity, field by field (JSON). A re-import
-- updates only the fields that still read so; a field staff changed since is kept and reported
-- as a conflict for the officer to resolve.
ALTER TABLE activity ADD COLUMN imported_fields TEXT NULL;

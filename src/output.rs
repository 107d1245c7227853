//! Where a report goes, at the edge of the pipeline: standard output, or a
//! regular file written safely — a temporary file in the same folder renamed
//! into place, never an input, a device, a FIFO or a folder, and with the
//! permissions of the file it replaces.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Writes a report to standard output. A reader that stops early (`| head`)
/// is not an error; any other failure names standard output.
pub fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    let mut out = io::stdout().lock();
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(source) => Err(Error::Write { path: PathBuf::from("standard output"), source }),
        Ok(()) => Ok(()),
    }
}

/// Writes a report to `target` through a temporary file beside it and a
/// rename, so that a failed run never leaves half a report. Refused: a
/// target that is one of `inputs`, that is not a regular file (a device, a
/// FIFO, a folder, a socket, or a link to one or to nothing) or that is
/// read-only. A link to a regular file is kept and the file it points to is
/// replaced; a replaced file keeps its permissions.
pub fn write_atomically(
    target: &Path,
    inputs: &[PathBuf],
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let refuse = |reason: String| Error::Output { path: target.to_owned(), reason };
    let (real, permissions) = match fs::symlink_metadata(target) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => (target.to_owned(), None),
        Err(source) => return Err(Error::Write { path: target.to_owned(), source }),
        Ok(link) => {
            let meta = match fs::metadata(target) {
                Ok(meta) => meta,
                Err(_) if link.file_type().is_symlink() => return Err(refuse("a link that leads nowhere".into())),
                Err(source) => return Err(Error::Write { path: target.to_owned(), source }),
            };
            if !meta.is_file() {
                return Err(refuse(format!("{}, not a regular file", kind_of(&meta))));
            }
            if meta.permissions().readonly() {
                return Err(refuse("the file is read-only".into()));
            }
            if inputs.iter().any(|input| same_file(input, target)) {
                return Err(refuse("it is one of the sources being checked".into()));
            }
            let real = if link.file_type().is_symlink() {
                fs::canonicalize(target).map_err(|source| Error::Write { path: target.to_owned(), source })?
            } else {
                target.to_owned()
            };
            (real, Some(meta.permissions()))
        }
    };
    let dir = real.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = real.file_name().map_or_else(|| "report".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> io::Result<()> {
        // create_new: never follows or reuses whatever is already there
        let file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        if let Some(permissions) = permissions {
            file.set_permissions(permissions)?;
        }
        let mut buf = BufWriter::new(file);
        write(&mut buf)?;
        let file: File = buf.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&tmp, &real)
    })();
    if let Err(source) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::Write { path: target.to_owned(), source });
    }
    Ok(())
}

/// Whether two paths name one file (also through links or hard links).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (fs::metadata(a), fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
}

fn kind_of(meta: &fs::Metadata) -> &'static str {
    if meta.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "not a file"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(target: &Path, inputs: &[PathBuf]) -> Result<()> {
        write_atomically(target, inputs, |w| w.write_all(b"report\n"))
    }

    #[test]
    fn a_new_file_is_written_and_an_old_one_keeps_its_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("r.txt");
        write(&new, &[]).unwrap();
        assert_eq!(fs::read_to_string(&new).unwrap(), "report\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&new, fs::Permissions::from_mode(0o600)).unwrap();
            write(&new, &[]).unwrap();
            assert_eq!(fs::metadata(&new).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let leftovers = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn inputs_folders_and_read_only_files_are_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.txt");
        fs::write(&article, "Es kamen 20 Gäste.").unwrap();
        let e = write(&article, std::slice::from_ref(&article)).unwrap_err();
        assert!(e.to_string().contains("one of the sources"), "{e}");
        let e = write(&dir.path().join("./a.txt"), std::slice::from_ref(&article)).unwrap_err();
        assert!(matches!(e, Error::Output { .. }), "{e}");
        assert_eq!(fs::read_to_string(&article).unwrap(), "Es kamen 20 Gäste.");
        assert!(write(dir.path(), &[]).unwrap_err().to_string().contains("folder"));
        let mut ro = fs::metadata(&article).unwrap().permissions();
        ro.set_readonly(true);
        let locked = dir.path().join("locked.txt");
        fs::write(&locked, "keep").unwrap();
        fs::set_permissions(&locked, ro).unwrap();
        assert!(write(&locked, &[]).unwrap_err().to_string().contains("read-only"));
        assert_eq!(fs::read_to_string(&locked).unwrap(), "keep");
    }

    #[cfg(unix)]
    #[test]
    fn devices_fifos_and_links_to_them_are_refused_and_a_link_to_a_file_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        assert!(write(Path::new("/dev/null"), &[]).unwrap_err().to_string().contains("device"));
        let link = dir.path().join("null.txt");
        std::os::unix::fs::symlink("/dev/null", &link).unwrap();
        assert!(write(&link, &[]).unwrap_err().to_string().contains("device"));
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            assert!(write(&fifo, &[]).unwrap_err().to_string().contains("FIFO"));
        }
        let real = dir.path().join("real.txt");
        fs::write(&real, "old").unwrap();
        let to_real = dir.path().join("to-real.txt");
        std::os::unix::fs::symlink(&real, &to_real).unwrap();
        write(&to_real, &[]).unwrap();
        assert!(fs::symlink_metadata(&to_real).unwrap().file_type().is_symlink());
        assert_eq!(fs::read_to_string(&real).unwrap(), "report\n");
        let nowhere = dir.path().join("nowhere.txt");
        std::os::unix::fs::symlink(dir.path().join("missing"), &nowhere).unwrap();
        assert!(write(&nowhere, &[]).unwrap_err().to_string().contains("nowhere"));
    }
}

import { t } from '../../lib/i18n';
import { TextField, type TextFieldProps } from '../../ui/text-field';

type AccountFieldProps = Omit<TextFieldProps, 'label'> & { label?: string };

// The limits mirror the server's (packages/shared, contracts/auth.ts), so the browser catches
// most mistakes before anything is sent; they are written down once, here.

export function EmailField(props: AccountFieldProps) {
  return (
    <TextField
      label={t('auth.email')}
      type="email"
      name="email"
      autoComplete="email"
      inputMode="email"
      required
      {...props}
    />
  );
}

export function DisplayNameField(props: AccountFieldProps) {
  return (
    <TextField
      label={t('auth.displayName')}
      name="displayName"
      autoComplete="nickname"
      required
      maxLength={60}
      {...props}
    />
  );
}

/** A password being chosen, at sign-up or when changing it. */
export function NewPasswordField(props: AccountFieldProps) {
  return (
    <TextField
      label={t('auth.password')}
      hint={t('auth.passwordHint')}
      type="password"
      name="password"
      autoComplete="new-password"
      required
      minLength={8}
      maxLength={200}
      {...props}
    />
  );
}
